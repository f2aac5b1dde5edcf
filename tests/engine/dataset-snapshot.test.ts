// A dataset's data directory is dumped lean (DatabaseSet.dump): one database, no template
// databases, 32 MB of shared buffers, and of one WAL segment only its first page and the pages from
// the checkpoint's redo point to the insert position (the rest zeroed or cut). A lab started
// from it must still behave like a real server: writes that run through several new WAL segments,
// a reset back to the snapshot, and extra database aliases.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTar } from '../../lib/runtime/data-dir-fs';
import { LabEngine } from '../../lib/runtime/engine';
import { currentRuntimeDir, nodeAssets } from '../../lib/runtime/node-assets';
import { bootBookstore, py, value } from './boot';

let lab: LabEngine;
beforeAll(async () => {
  lab = await bootBookstore();
});
afterAll(async () => {
  await lab?.close();
});

describe('the bookstore snapshot', () => {
  it('holds one database with lab-sized shared buffers', async () => {
    const run = await lab.run(py`
      from django.db import connection
      with connection.cursor() as c:
          c.execute("SELECT datname FROM pg_database ORDER BY 1")
          names = [r[0] for r in c.fetchall()]
          c.execute("SHOW shared_buffers")
          result = {"databases": names, "shared_buffers": c.fetchone()[0]}
    `);
    expect(value(run)).toEqual({ databases: ['postgres'], shared_buffers: '32MB' });
  });

  it("has what learners reach in PostgreSQL's own files: text search, ICU, time zones, PL/pgSQL", async () => {
    // The lab's PostgreSQL starts with the lean file bundle browsers get (lean-pglite-bundle.ts).
    const run = await lab.run(py`
      from django.db import connection
      with connection.cursor() as c:
          c.execute("""SELECT to_tsvector('english', 'The running books')::text,
                              'a' < 'B' COLLATE "und-x-icu",
                              (timestamptz '2025-06-01 12:00+00' AT TIME ZONE 'Europe/Paris')::text""")
          result = list(c.fetchone())
          c.execute("DO $$ BEGIN PERFORM 1; END $$")
    `);
    expect(value(run)).toEqual(["'book':3 'run':2", true, '2025-06-01 14:00:00']);
  });

  it('answers an encoding conversion with an error, and the next run works', async () => {
    const run = await lab.run(py`
      from django.db import connection
      with connection.cursor() as c:
          c.execute("SELECT convert_to('x', 'SJIS')")
    `);
    expect(run.ok).toBe(false);
    expect(run.error?.traceback).toMatch(/could not load library ".*utf8_and_sjis\.so"/);
    expect(value(await lab.run('Book.objects.count()'))).toBe(20_000);
  });

  it('ships one WAL segment with only its first page and the pages from the redo point on', () => {
    const tar = new Uint8Array(fs.readFileSync(path.join(currentRuntimeDir(), 'datasets/bookstore/pgdata.tar')));
    const segments = readTar(tar).filter((e) => e.type === 'file' && /^pg_wal\/[0-9A-F]{24}$/.test(e.path));
    expect(segments).toHaveLength(1);
    const { offset, size } = segments[0];
    const PAGE = 8192;
    const written: number[] = [];
    for (let page = 0; page * PAGE < size; page++) {
      if (tar.subarray(offset + page * PAGE, offset + (page + 1) * PAGE).some((b) => b !== 0)) written.push(page);
    }
    const tail = written.slice(1);
    // Page 0 (the segment's long header), then a gap of zeroed spent pages, then the redo tail.
    expect(written[0]).toBe(0);
    expect(tail.length).toBeGreaterThan(0);
    expect(tail.at(-1)! - tail[0]).toBe(tail.length - 1);
    // The file is cut at the page holding the insert position; when that position sits just past
    // a page's header, the page has not been written out yet and is still zeros.
    expect(tail.at(-1)).toBeGreaterThanOrEqual(size / PAGE - 2);
    expect(tail[0]).toBeGreaterThan(1);
  });

  it('takes writes well past the WAL it shipped with, and a reset brings the snapshot back', async () => {
    const before = value(await lab.run('Book.objects.count()'));
    // ~60 MB of WAL: four new segments after the trimmed one, and a checkpoint in between.
    const run = await lab.run(py`
      from django.db import connection
      with connection.cursor() as c:
          c.execute("CREATE TABLE ballast (id int, pad text)")
          c.execute("INSERT INTO ballast SELECT g, repeat('x', 200) FROM generate_series(1, 150000) g")
          c.execute("CHECKPOINT")
          c.execute("INSERT INTO ballast SELECT g, repeat('y', 200) FROM generate_series(1, 50000) g")
          c.execute("UPDATE bookstore_book SET title = upper(title)")
          c.execute("SELECT count(*) FROM ballast")
          result = c.fetchone()[0]
    `);
    expect(value(run)).toBe(200_000);
    await lab.reset();
    const after = await lab.run(py`
      from django.db import connection
      with connection.cursor() as c:
          c.execute("SELECT to_regclass('ballast') IS NULL")
          result = [c.fetchone()[0], Book.objects.count(), Book.objects.filter(title__regex="[a-z]").exists()]
    `);
    expect(value(after)).toEqual([true, before, true]);
  });

  it('gives a dataset lab extra database aliases, though it has no template to create them from', async () => {
    const twoDbs = await LabEngine.create({ assets: nodeAssets(currentRuntimeDir()), dataset: 'bookstore', databases: ['default', 'archive'] });
    try {
      const run = await twoDbs.run(py`
        from django.db import connections
        with connections["archive"].cursor() as c:
            c.execute("CREATE TABLE note (body text)")
            c.execute("INSERT INTO note VALUES ('kept apart')")
            c.execute("SELECT body FROM note")
            archive = c.fetchone()[0]
        with connections["default"].cursor() as c:
            c.execute("SELECT to_regclass('note') IS NULL")
            separate = c.fetchone()[0]
        result = [archive, separate, Book.objects.count() > 0]
      `);
      expect(value(run)).toEqual(['kept apart', true, true]);
    } finally {
      await twoDbs.close();
    }
  });
});
