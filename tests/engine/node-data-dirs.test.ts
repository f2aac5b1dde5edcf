// In Node, each PostgreSQL instance started from a dataset snapshot runs on a private copy of
// the data directory on disk (lib/runtime/node-data-dirs.ts). The copies must stay apart, and
// must not pile up in the temporary folder: removed with their instance, with a stopped worker
// thread, and after a process that was killed.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LabEngine } from '../../lib/runtime/engine';
import { COPIES, dataDirCopy, releaseDataDir, sweepOrphans } from '../../lib/runtime/node-data-dirs';
import { currentRuntimeDir } from '../../lib/runtime/node-assets';
import { bootBookstore, value } from './boot';

const mine = () => (fs.existsSync(COPIES) ? fs.readdirSync(COPIES).filter((n) => n.startsWith(`${process.pid}-`)) : []);
const engines: LabEngine[] = [];
afterAll(async () => {
  await Promise.all(engines.map((e) => e.close()));
});

describe('data directories on disk', () => {
  it('gives every lab its own database, and removes it when the lab closes', async () => {
    const before = new Set(mine());
    const a = await bootBookstore();
    engines.push(a);
    const b = await bootBookstore();
    engines.push(b);
    expect(mine().filter((n) => !before.has(n)).length).toBeGreaterThanOrEqual(2);

    const count = value(await b.run('Tag.objects.count()', { reset: false })) as number;
    await a.run('Tag.objects.create(name="only in a", slug="only-in-a")', { reset: false });
    expect(value(await a.run('Tag.objects.count()', { reset: false }))).toBe(count + 1);
    expect(value(await b.run('Tag.objects.count()', { reset: false }))).toBe(count);

    await a.close();
    await b.close();
    engines.length = 0;
    expect(mine().filter((n) => !before.has(n))).toEqual([]);
  });

  it('removes the copies of a process that was killed', () => {
    // A process that has certainly exited: its pid names no running process (for now).
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.mkdirSync(COPIES, { recursive: true });
    const orphan = path.join(COPIES, `${dead}-0-test`);
    const living = path.join(COPIES, `${process.ppid}-0-test`);
    fs.mkdirSync(orphan);
    fs.mkdirSync(living);
    try {
      sweepOrphans();
      expect(fs.existsSync(orphan)).toBe(false);
      expect(fs.existsSync(living)).toBe(true);
    } finally {
      fs.rmSync(orphan, { recursive: true, force: true });
      fs.rmSync(living, { recursive: true, force: true });
    }
  });

  it('extracts a tar once, and drops the extraction when the tar is rebuilt', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-test-'));
    const bases = path.join(COPIES, '..', 'bases');
    const fromThisTar = () => fs.readdirSync(bases).filter((n) => n.endsWith('.source') && fs.readFileSync(path.join(bases, n), 'utf8').includes(tar));
    const tar = path.join(scratch, 'pgdata.tar');
    const pack = (version: string) => {
      fs.writeFileSync(path.join(scratch, 'PG_VERSION'), version);
      execFileSync('tar', ['-cf', tar, '-C', scratch, 'PG_VERSION']);
    };
    try {
      pack('17\n');
      const first = dataDirCopy(tar);
      const again = dataDirCopy(tar);
      expect(fs.readFileSync(path.join(first, 'PG_VERSION'), 'utf8')).toBe('17\n');
      expect(fromThisTar()).toHaveLength(1);
      releaseDataDir(first);
      releaseDataDir(again);
      expect(fs.existsSync(first)).toBe(false);

      pack('18\n'); // the runtime was rebuilt (same size: a tar pads to 10 kB; a later time)
      fs.utimesSync(tar, new Date(), new Date(Date.now() + 60_000));
      const rebuilt = dataDirCopy(tar);
      expect(fs.readFileSync(path.join(rebuilt, 'PG_VERSION'), 'utf8')).toBe('18\n');
      releaseDataDir(rebuilt);
      expect(fromThisTar()).toHaveLength(1);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("drops a deleted checkout's extraction when the next process starts a lab", () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-test-'));
    const bases = path.join(COPIES, '..', 'bases');
    const tar = path.join(scratch, 'pgdata.tar');
    try {
      fs.writeFileSync(path.join(scratch, 'PG_VERSION'), '18\n');
      execFileSync('tar', ['-cf', tar, '-C', scratch, 'PG_VERSION']);
      releaseDataDir(dataDirCopy(tar));
      const extraction = () => fs.readdirSync(bases).filter((n) => n.endsWith('.source') && fs.readFileSync(path.join(bases, n), 'utf8').includes(tar));
      expect(extraction()).toHaveLength(1);
      fs.rmSync(scratch, { recursive: true, force: true }); // the checkout is gone
      // Another process starts a lab on the bookstore, whose extraction already exists.
      const dataDirs = path.resolve(import.meta.dirname, '../../lib/runtime/node-data-dirs.ts');
      const bookstore = path.join(currentRuntimeDir(), 'datasets/bookstore/pgdata.tar');
      execFileSync(process.execPath, ['--import', 'tsx', '-e', `import(${JSON.stringify(dataDirs)}).then((m) => m.releaseDataDir(m.dataDirCopy(${JSON.stringify(bookstore)})))`]);
      expect(extraction()).toEqual([]);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('refuses a tar that holds no data directory, and leaves nothing behind', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-test-'));
    try {
      fs.writeFileSync(path.join(scratch, 'notes.txt'), 'not PostgreSQL');
      const tar = path.join(scratch, 'wrong.tar');
      execFileSync('tar', ['-cf', tar, '-C', scratch, 'notes.txt']);
      const before = new Set(mine());
      expect(() => dataDirCopy(tar)).toThrow(/holds no PostgreSQL data directory/);
      expect(mine().filter((n) => !before.has(n))).toEqual([]);
      const staging = fs.readdirSync(path.join(COPIES, '..', 'bases')).filter((n) => n.startsWith('.'));
      expect(staging).toEqual([]);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});
