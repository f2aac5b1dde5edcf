import 'server-only';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { ServerEnv } from '../env';
import { applyMigrations, readMigrations } from './apply-migrations';
import { embeddedDataDir, migrationsDir } from './locations';
import { lockDataDir } from './data-dir-lock';
import { pgClientRunner, pgliteRunner } from './runners';
import { DatabaseUnavailableError } from './errors';

export interface OpenDatabase {
  kind: 'embedded' | 'postgres';
  adapter: SqlDriverAdapterFactory;
  close(): Promise<void>;
}

// Drivers are imported inside these functions, never at module load: Next.js imports route
// modules in build workers and helper processes, and a PGlite opened there would be a second
// opener of the data directory.

async function openEmbedded(env: ServerEnv): Promise<OpenDatabase> {
  const dir = embeddedDataDir(env);
  let release = () => {};
  try {
    release = lockDataDir(dir);
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(dir);
    if (env.ORMLAB_AUTO_MIGRATE) await applyMigrations(pgliteRunner(db), readMigrations(migrationsDir()), false);
    const { PrismaPGlite } = await import('pglite-prisma-adapter');
    return {
      kind: 'embedded',
      adapter: new PrismaPGlite(db),
      async close() {
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    const message = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`could not open the embedded database in ${dir}: ${message}`, { cause: error });
  }
}

async function openPostgres(env: ServerEnv, url: string): Promise<OpenDatabase> {
  const { default: pg } = await import('pg');
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const pool = new pg.Pool({ connectionString: url, max: env.DB_POOL_MAX, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', (error) => console.error('[db] idle PostgreSQL client error:', error.message));
  try {
    if (env.ORMLAB_AUTO_MIGRATE) {
      const client = await pool.connect();
      try {
        await applyMigrations(pgClientRunner(client), readMigrations(migrationsDir()), true);
      } finally {
        client.release();
      }
    }
  } catch (error) {
    await pool.end().catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`could not reach PostgreSQL: ${message}`, { cause: error });
  }
  return { kind: 'postgres', adapter: new PrismaPg(pool), close: () => pool.end() };
}

export function openDatabase(env: ServerEnv): Promise<OpenDatabase> {
  return env.DATABASE_URL ? openPostgres(env, env.DATABASE_URL) : openEmbedded(env);
}
