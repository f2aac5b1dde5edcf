// A runaway snippet is stopped by the time limit: the worker thread running the engine is ended,
// a fresh one boots from the snapshot, and the next run works. Same client as the browser's.
import fs from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import type { LabClient } from '../../lib/runtime/client';
import { COPIES } from '../../lib/runtime/node-data-dirs';
import { nodeLabClient } from '../../lib/runtime/node-lab';

/** Worker threads of this process that hold a copy of a data directory (node-data-dirs.ts). */
const threadsWithCopies = () =>
  new Set(fs.readdirSync(COPIES).filter((n) => n.startsWith(`${process.pid}-`)).map((n) => n.split('-')[1]));

let lab: LabClient | undefined;
afterAll(() => lab?.dispose());

it('stops an endless loop and recovers for the next run', async () => {
  lab = nodeLabClient('bookstore');
  await lab.ready();
  const stopped = await lab.run('n = 0\nwhile True:\n    n += 1\n', { timeLimitMs: 2000 });
  expect(stopped.ok).toBe(false);
  expect(stopped.error?.type).toBe('TimeoutError');
  expect(stopped.error?.message).toContain('Stopped after 2 s');
  const next = await lab.run('Book.objects.count()', { timeLimitMs: 120_000 });
  expect(next.ok).toBe(true);
  expect(next.result).toEqual({ kind: 'json', value: 20000 });
  expect(next.queryCount).toBe(1);
  // The stopped thread never closed its databases; their folders went with it.
  expect(threadsWithCopies().size).toBe(1);
});
