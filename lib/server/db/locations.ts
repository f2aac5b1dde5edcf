import 'server-only';
import path from 'node:path';
import type { ServerEnv } from '../env';

/** Where the embedded PGlite keeps its data directory. */
export function embeddedDataDir(env: Pick<ServerEnv, 'ORMLAB_DATA_DIR'>): string {
  return path.resolve(env.ORMLAB_DATA_DIR, 'pglite');
}

/** The migrations folder, read at run time (next start runs from the project root). */
export function migrationsDir(): string {
  return path.resolve(process.cwd(), 'prisma/migrations');
}
