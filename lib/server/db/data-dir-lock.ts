import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { processIsAlive } from '../../process-alive';

// PGlite has no cross-process lock: two processes can open one data directory and corrupt it
// (seen in the prototype: the directory became unopenable). This lock file makes the second
// opener fail fast with a message that says what to do instead.

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already open in process ${pid}. ` +
        'PGlite allows one process per data directory: stop the other server, ' +
        'or set DATABASE_URL to use PostgreSQL for several processes.',
    );
    this.name = 'DataDirLockedError';
  }
}

function readPid(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock for `dir` (creating the directory) and returns a function that releases it. */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  // Beside the directory, not inside it: the data directory belongs to PostgreSQL.
  const lockPath = `${path.resolve(dir)}.lock`;
  const own = String(process.pid);
  for (let tries = 0; tries < 3; tries++) {
    try {
      // 'wx' creates atomically: of two processes starting together, exactly one wins.
      fs.writeFileSync(lockPath, own, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readPid(lockPath);
      if (holder === process.pid) break;
      if (holder !== undefined && processIsAlive(holder)) throw new DataDirLockedError(dir, holder);
      // Left by a process that died (kill -9, crash): safe to take over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  const release = () => {
    if (readPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.once('exit', release);
  return release;
}
