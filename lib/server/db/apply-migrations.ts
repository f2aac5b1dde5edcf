import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type { SqlRunner } from './sql-runner';

// Applies pending migrations from prisma/migrations when the server opens its database, so
// `npm start` works with nothing to run first. It keeps Prisma's own bookkeeping table with
// the same checksums (sha256 of migration.sql), so `prisma migrate status|deploy` and
// scripts/db/migrate.ts agree with it. A tiny runtime migrator instead of the schema engine:
// that engine is a dev dependency and weighs megabytes of WASM.

// Prisma's advisory lock key: instances starting together (and `prisma migrate deploy`
// running beside them) take turns instead of applying a migration twice.
const PRISMA_ADVISORY_LOCK = 72707369;

const BOOKKEEPING_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string): MigrationFile[] {
  if (!fs.existsSync(dir)) throw new Error(`migrations folder not found: ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

interface AppliedRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Applies what is pending; returns the names applied. Refuses on a failed or edited history. */
export async function applyMigrations(db: SqlRunner, migrations: MigrationFile[], useAdvisoryLock: boolean): Promise<string[]> {
  if (useAdvisoryLock) await db.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
  try {
    await db.exec(BOOKKEEPING_TABLE);
    const rows = await db.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    const live = rows.filter((r) => r.rolled_back_at === null);
    const failed = live.find((r) => r.finished_at === null);
    if (failed) {
      throw new Error(`migration ${failed.migration_name} failed earlier; resolve it before starting (see docs/server.md)`);
    }
    const applied = new Map(live.map((r) => [r.migration_name, r.checksum]));
    const done: string[] = [];
    for (const m of migrations) {
      const checksum = applied.get(m.name);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) throw new Error(`migration ${m.name} was edited after it was applied`);
        continue;
      }
      await applyOne(db, m);
      done.push(m.name);
    }
    return done;
  } finally {
    if (useAdvisoryLock) await db.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]);
  }
}

async function applyOne(db: SqlRunner, m: MigrationFile): Promise<void> {
  const id = randomUUID();
  await db.query(
    'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
    [id, m.checksum, m.name],
  );
  try {
    // One transaction per migration: a failure leaves the schema as it was.
    await db.exec(`BEGIN;\n${m.sql}\n;COMMIT;`);
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    await db.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]);
    throw new Error(`migration ${m.name} failed: ${message}`);
  }
  await db.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
}
