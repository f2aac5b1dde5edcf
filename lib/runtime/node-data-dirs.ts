// Node only: PostgreSQL instances started from a dataset's data directory on disk.
//
// PGlite starts from a dumped data directory by untarring it into its in-memory file system.
// In Node that holds the directory twice in the process while it starts (the tar's bytes and
// the untarred files) and once for good after, for every instance: the lab's and the pristine
// copy kept for the next reset. Here the tar is extracted once per runtime build into a
// temporary folder, and each instance gets a private copy of that folder, mounted through
// PGlite's NodeFS. The files then live in the operating system's file cache instead of the
// process, once, without the tar's bytes beside them (a bookstore instance: 447 -> 243 MB RSS
// once started, plus its 52 MB of files in the cache).
//
// A copy per instance, because PostgreSQL writes into its files: instances never share one.
// Copies are removed when their instance closes, when the process exits, and (after a crash)
// by the next process that finds a copy whose process is gone.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, threadId } from 'node:worker_threads';
import { processIsAlive } from '../process-alive';

/** Below this much free space a memory-backed folder is not used for copies. */
const MIN_SHM_BYTES = 2 ** 30;

/**
 * Memory-backed /dev/shm where it has room: a copy there takes ~90 ms, on this machine's disk
 * 0.4-0.8 s (each copy is 50 MB of fresh writes the kernel then flushes). Containers often give
 * /dev/shm only 64 MB; then the ordinary temporary folder.
 */
function chooseRoot(): string {
  try {
    const { bavail, bsize } = fs.statfsSync('/dev/shm');
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    if (bavail * bsize >= MIN_SHM_BYTES) return path.join('/dev/shm', 'ormlab-pgdata');
  } catch {
    // no /dev/shm (not Linux): the temporary folder
  }
  return path.join(os.tmpdir(), 'ormlab-pgdata');
}

const ROOT = chooseRoot();
const BASES = path.join(ROOT, 'bases');
/** Where instances' copies live, one folder each, named `<pid>-<thread>-<random>`. */
export const COPIES = path.join(ROOT, 'copies');

/** Copies this thread made that are still in use. */
const live = new Set<string>();
let swept = false;

/**
 * A private, writable data directory holding what `tarPath` (a `DatabaseSet.dump()`) holds.
 * `release` it once the instance using it is closed.
 */
export function dataDirCopy(tarPath: string): string {
  if (!swept) {
    // Once per process: what crashed processes and deleted checkouts left behind.
    sweepOrphans();
    pruneStaleBases();
  }
  const base = extractedBase(tarPath);
  fs.mkdirSync(COPIES, { recursive: true });
  const dir = fs.mkdtempSync(path.join(COPIES, `${process.pid}-${threadId}-`));
  fs.cpSync(base, dir, { recursive: true });
  live.add(dir);
  return dir;
}

export function releaseDataDir(dir: string): void {
  live.delete(dir);
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Which tar a base was extracted from, as it was then (`<key>.source` beside the base). */
interface BaseSource {
  tar: string;
  size: number;
  mtimeMs: number;
}

function sourceOf(tarPath: string): BaseSource {
  const stat = fs.statSync(tarPath);
  return { tar: path.resolve(tarPath), size: stat.size, mtimeMs: stat.mtimeMs };
}

/** The tar extracted once, shared read-only by every copy (keyed by file, size and time). */
function extractedBase(tarPath: string): string {
  const source = sourceOf(tarPath);
  const key = crypto.createHash('sha256').update(JSON.stringify(source)).digest('hex').slice(0, 16);
  const base = path.join(BASES, key);
  if (fs.existsSync(path.join(base, 'PG_VERSION'))) return base;
  pruneStaleBases();
  // Extracted beside it, then renamed: another process starting at the same moment either
  // finds the finished folder or loses the rename race and drops its own.
  fs.mkdirSync(BASES, { recursive: true });
  const staging = fs.mkdtempSync(path.join(BASES, `.${key}-`));
  try {
    // GNU tar (Debian's is essential, always installed). The dump's names are absolute
    // ("/base/1/1259"); tar strips the leading slash and says so on stderr, which is dropped.
    execFileSync('tar', ['-xf', tarPath, '-C', staging], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (!fs.existsSync(path.join(staging, 'PG_VERSION'))) throw new Error(`${tarPath} holds no PostgreSQL data directory`);
    fs.writeFileSync(`${base}.source`, JSON.stringify(source));
    fs.renameSync(staging, base);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(base, 'PG_VERSION'))) {
      fs.rmSync(`${base}.source`, { force: true });
      throw error;
    }
  }
  return base;
}

/**
 * Bases whose tar is gone or was rebuilt since (each runtime build makes new ones, and a deleted
 * checkout leaves its own). They may sit in memory (/dev/shm), so they are not left to pile up.
 * Folders being extracted (`.key-…`) are another process's and stay.
 */
function pruneStaleBases(): void {
  for (const name of entries(BASES)) {
    if (name.startsWith('.') || name.endsWith('.source')) continue;
    let stale = true;
    try {
      const saved = JSON.parse(fs.readFileSync(path.join(BASES, `${name}.source`), 'utf8')) as BaseSource;
      const now = sourceOf(saved.tar);
      stale = now.size !== saved.size || now.mtimeMs !== saved.mtimeMs;
    } catch {
      // no record of its tar, or the tar is gone
    }
    if (stale) {
      fs.rmSync(path.join(BASES, name), { recursive: true, force: true });
      fs.rmSync(path.join(BASES, `${name}.source`), { force: true });
    }
  }
}

/** The names in a folder; none when it does not exist (yet). */
function entries(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** Copies left behind by processes that no longer run (killed before they could clean up). */
export function sweepOrphans(): void {
  swept = true;
  for (const name of entries(COPIES)) {
    const pid = Number(name.split('-')[0]);
    if (pid !== process.pid && !processIsAlive(pid)) fs.rmSync(path.join(COPIES, name), { recursive: true, force: true });
  }
}

/**
 * Remove the copies a worker thread of this process left: a thread terminated mid-run (a lab
 * past its time limit) never closes its instances. Call once the thread has exited.
 */
export function releaseThreadDataDirs(thread: number): void {
  removeCopies(`${process.pid}-${thread}-`);
}

function removeCopies(prefix: string): void {
  for (const name of entries(COPIES)) {
    if (name.startsWith(prefix)) fs.rmSync(path.join(COPIES, name), { recursive: true, force: true });
  }
}

// On exit, a thread removes its own copies, and the main thread every copy of this process.
process.on('exit', () => {
  for (const dir of live) fs.rmSync(dir, { recursive: true, force: true });
  if (isMainThread) removeCopies(`${process.pid}-`);
});
