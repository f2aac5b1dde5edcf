// npm run test:server: builds a private copy of the app, then runs the server suites against
// real `next start` processes: the embedded database, and two instances on one PostgreSQL
// (Debian's package, installed if missing, in a throwaway cluster on a loopback port).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAppCopy } from './build-copy.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const suites = process.argv.slice(2).length ? process.argv.slice(2) : ['embedded', 'postgres'];

if (!process.env.SKIP_BUILD) buildAppCopy();
const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', ...suites.map((s) => path.join(here, `${s}.test.mjs`))],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
