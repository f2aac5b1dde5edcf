// Generates the Prisma client (lib/generated/prisma, gitignored) without network access.
//
// Why the variable: prisma 7.10 `generate` tries to download the native schema engine even
// though the Rust-free `prisma-client` generator never uses it, and fails offline. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download. It must never be set
// for `prisma migrate`: with a dummy engine, `migrate deploy` reports success and applies
// nothing. So it is set here, for this one child process only.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Runs in the current directory (npm scripts start at the package root; the server tests
// generate inside their private copy of the app).
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');

const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
  cwd: process.cwd(),
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
