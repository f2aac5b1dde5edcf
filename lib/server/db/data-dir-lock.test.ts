import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';

vi.mock('server-only', () => ({}));
const { lockDataDir, DataDirLockedError } = await import('./data-dir-lock');

describe('lockDataDir', () => {
  it('refuses a directory held by another live process, with a message that says what to do', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-lock-')), 'pglite');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(`${dir}.lock`, String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(/DATABASE_URL/);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a dead process and releases its own', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-lock-')), 'pglite');
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(`${dir}.lock`, String(dead.pid));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    expect(lockDataDir(dir)).toBeTypeOf('function'); // re-entrant within one process
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
