import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

vi.mock('server-only', () => ({}));
const { applyMigrations, readMigrations } = await import('./apply-migrations');
const { pgliteRunner } = await import('./runners');

const realMigrations = path.resolve(import.meta.dirname, '../../../prisma/migrations');

describe('applyMigrations', () => {
  it('applies the real migrations once, with the checksums Prisma writes', async () => {
    const db = await PGlite.create();
    const migrations = readMigrations(realMigrations);
    expect(migrations.length).toBeGreaterThan(0);
    expect(await applyMigrations(pgliteRunner(db), migrations, true)).toEqual(migrations.map((m) => m.name));
    expect(await applyMigrations(pgliteRunner(db), migrations, true)).toEqual([]);
    const rows = (await db.query<{ checksum: string; applied_steps_count: number }>('SELECT * FROM "_prisma_migrations"')).rows;
    expect(rows.map((r) => r.checksum)).toEqual(migrations.map((m) => m.checksum));
    expect(rows.every((r) => r.applied_steps_count === 1)).toBe(true);
    const tables = await db.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(tables.rows.map((t) => t.tablename)).toEqual(expect.arrayContaining(['user', 'session', 'LessonProgress']));
    await db.close();
  });

  it('rolls back a failing migration and refuses to start until it is resolved', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-mig-'));
    fs.mkdirSync(path.join(dir, '001_ok'));
    fs.writeFileSync(path.join(dir, '001_ok', 'migration.sql'), 'CREATE TABLE a (id int);');
    fs.mkdirSync(path.join(dir, '002_bad'));
    fs.writeFileSync(path.join(dir, '002_bad', 'migration.sql'), 'CREATE TABLE b (id int); SELECT * FROM missing;');
    const db = await PGlite.create();
    await expect(applyMigrations(pgliteRunner(db), readMigrations(dir), false)).rejects.toThrow(/002_bad failed/);
    const b = await db.query("SELECT to_regclass('b') AS t");
    expect(b.rows).toEqual([{ t: null }]);
    await expect(applyMigrations(pgliteRunner(db), readMigrations(dir), false)).rejects.toThrow(/failed earlier/);
    await db.close();
  });

  it('refuses a migration edited after it was applied', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-mig-'));
    fs.mkdirSync(path.join(dir, '001_a'));
    fs.writeFileSync(path.join(dir, '001_a', 'migration.sql'), 'CREATE TABLE a (id int);');
    const db = await PGlite.create();
    await applyMigrations(pgliteRunner(db), readMigrations(dir), false);
    fs.writeFileSync(path.join(dir, '001_a', 'migration.sql'), 'CREATE TABLE a (id bigint);');
    await expect(applyMigrations(pgliteRunner(db), readMigrations(dir), false)).rejects.toThrow(/edited/);
    await db.close();
  });
});
