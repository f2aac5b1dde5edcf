// A browser lab puts its dataset's data directory into PGlite's in-memory file system as views
// into the archive's bytes (lib/runtime/data-dir-fs.ts). PostgreSQL must find every table and
// index there, write to it (files grow past their views), and two instances must not share
// a byte; a damaged archive must fail clearly before PostgreSQL starts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirMemoryFS, readTar, writeDataDir } from '../../lib/runtime/data-dir-fs';
import { currentRuntimeDir } from '../../lib/runtime/node-assets';

const tarPath = path.join(currentRuntimeDir(), 'datasets/bookstore/pgdata.tar');
const instances: PGlite[] = [];
// One Blob for every instance, each reading its own bytes from it, as the lab's assets do.
const dump = new Blob([fs.readFileSync(tarPath)]);
const start = async () => {
  const pg = await PGlite.create({ fs: new DataDirMemoryFS(new Uint8Array(await dump.arrayBuffer())) });
  instances.push(pg);
  return pg;
};
afterAll(async () => {
  await Promise.all(instances.map((pg) => pg.close()));
});

describe('readTar', () => {
  it('lists folders and files with their bytes, long paths included (the ustar prefix field)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-tar-'));
    const deep = path.join('base', 'x'.repeat(60), 'y'.repeat(60));
    fs.mkdirSync(path.join(dir, deep), { recursive: true });
    fs.writeFileSync(path.join(dir, deep, 'PG_VERSION'), '18\n');
    fs.writeFileSync(path.join(dir, 'empty'), '');
    const tar = new Uint8Array(execFileSync('tar', ['--format=ustar', '-C', dir, '-cf', '-', 'base', 'empty']));
    fs.rmSync(dir, { recursive: true });

    const entries = readTar(tar);
    const file = entries.find((e) => e.path === `${deep}/PG_VERSION`);
    expect(file?.type).toBe('file');
    expect(new TextDecoder().decode(tar.subarray(file!.offset, file!.offset + file!.size))).toBe('18\n');
    expect(entries.find((e) => e.path === 'empty')).toMatchObject({ type: 'file', size: 0 });
    expect(entries.find((e) => e.path === deep)?.type).toBe('dir');

    const written = new Map<string, string>();
    const made: string[] = [];
    writeDataDir({ mkdirTree: (p) => made.push(p), writeFile: (p, data) => written.set(p, new TextDecoder().decode(data)) }, '/data', tar, entries);
    expect(written.get(`/data/${deep}/PG_VERSION`)).toBe('18\n');
    expect(made).toContain(`/data/${deep}`);
  });

  it('refuses a cut-short or foreign archive with a clear message', () => {
    const tar = new Uint8Array(fs.readFileSync(tarPath));
    expect(() => readTar(tar.subarray(0, 5000))).toThrow(/data directory archive is cut short/);
    expect(() => new DataDirMemoryFS(new TextEncoder().encode('x'.repeat(2048)))).toThrow(/damaged: no ustar header at byte 0/);
  });
});

describe('DataDirMemoryFS', () => {
  it('starts PostgreSQL on the dataset, its tables and indexes there', async () => {
    const pg = await start();
    const { rows } = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM bookstore_book');
    expect(rows[0].n).toBe(20000);
    const plan = await pg.query<{ 'QUERY PLAN': string }>("EXPLAIN SELECT * FROM bookstore_book WHERE isbn = '9780000000002'");
    expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index Scan using bookstore_book_isbn/);
  });

  it('takes writes that grow files, and instances started from the same archive stay apart', async () => {
    const [a, b] = [await start(), await start()];
    await a.exec('DELETE FROM bookstore_review');
    await a.exec("INSERT INTO bookstore_tag (name, slug) SELECT 'tag ' || g, 'tag-' || g FROM generate_series(1, 5000) g");
    await a.exec('CHECKPOINT');
    const count = async (pg: PGlite, sql: string) => (await pg.query<{ n: number }>(sql)).rows[0].n;
    expect(await count(a, 'SELECT count(*)::int AS n FROM bookstore_review')).toBe(0);
    expect(await count(a, 'SELECT count(*)::int AS n FROM bookstore_tag')).toBe(5040);
    expect(await count(b, 'SELECT count(*)::int AS n FROM bookstore_review')).toBe(60000);
    expect(await count(b, 'SELECT count(*)::int AS n FROM bookstore_tag')).toBe(40);
  });
});
