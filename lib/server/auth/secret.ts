import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ServerEnv } from '../env';

// Development-only fallback when several processes share PostgreSQL without a configured
// secret (env validation forbids that in production).
const DEV_SECRET = 'ormlab-development-secret-not-for-production-use';

/**
 * The secret that signs session cookies. Embedded mode is one process with its own data
 * directory, so `npm start` with nothing configured keeps a generated secret there; it
 * survives restarts, so sessions do too.
 */
export function resolveAuthSecret(env: ServerEnv): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (env.DATABASE_URL) return DEV_SECRET;
  const file = path.resolve(env.ORMLAB_DATA_DIR, 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}
