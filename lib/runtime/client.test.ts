import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LabClient, type LabStatus, type WorkerLike } from './client';
import type { ClientRequest, RunResult, WorkerResponse } from './protocol';

/** A worker that records what it is sent and answers only when the test says so. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  sent: ClientRequest[] = [];
  terminated = false;
  postMessage(message: ClientRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(response: WorkerResponse): void {
    this.onmessage?.({ data: response });
  }
  last<T extends ClientRequest['type']>(type: T): Extract<ClientRequest, { type: T }> {
    const found = this.sent.filter((m) => m.type === type).at(-1);
    if (!found) throw new Error(`nothing of type ${type} was sent`);
    return found as Extract<ClientRequest, { type: T }>;
  }
  ready(bootMs = 1234): void {
    this.reply({ id: this.last('init').id, type: 'ready', bootMs, bootSteps: { Python: bootMs } });
  }
}

const okRun = (queryCount = 1): RunResult => ({
  ok: true,
  result: { kind: 'none' },
  stdout: '',
  queries: [],
  queryCount,
  calls: [],
  error: null,
  durationMs: 3,
});

function setup(timeLimitMs?: number, workApp?: { label: string; models: string }) {
  const workers: FakeWorker[] = [];
  const statuses: LabStatus[] = [];
  const progress: unknown[] = [];
  const client = new LabClient({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    init: { runtimeBase: 'http://localhost/runtime/abc/', dataset: 'bookstore', ...(workApp ? { workApp } : {}) },
    onStatus: (s) => statuses.push(s),
    onProgress: (p) => progress.push(p),
    timeLimitMs,
  });
  return { client, workers, statuses, progress };
}

/** Let promise callbacks run (the client chains on `ready`). */
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('LabClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends init first and resolves ready() with the boot time; forwards progress', async () => {
    const { client, workers, statuses, progress } = setup();
    expect(workers).toHaveLength(1);
    expect(workers[0].sent).toEqual([
      { id: 1, type: 'init', init: { runtimeBase: 'http://localhost/runtime/abc/', dataset: 'bookstore' } },
    ]);
    workers[0].reply({ type: 'progress', progress: { phase: 'download', loaded: 10, total: 100 } });
    workers[0].ready(2500);
    await expect(client.ready()).resolves.toBe(2500);
    expect(client.bootMs).toBe(2500);
    expect(client.bootSteps).toEqual({ Python: 2500 });
    expect(progress).toEqual([{ phase: 'download', loaded: 10, total: 100 }]);
    expect(statuses).toEqual(['booting', 'ready']);
  });

  it('waits for the handshake before sending a run, and matches replies by id', async () => {
    const { client, workers } = setup();
    const w = workers[0];
    const run = client.run('Book.objects.count()');
    const explain = client.explain('SELECT 1');
    await flush();
    expect(w.sent.map((m) => m.type)).toEqual(['init']);
    w.ready();
    await flush();
    const runMsg = w.last('run');
    const explainMsg = w.last('explain');
    expect(runMsg.code).toBe('Book.objects.count()');
    expect(new Set(w.sent.map((m) => m.id)).size).toBe(3); // ids are unique
    // Replies out of order still reach the right caller.
    w.reply({ id: explainMsg.id, type: 'result', result: [{ Plan: { 'Node Type': 'Result' } }] });
    w.reply({ id: runMsg.id, type: 'result', result: okRun(7) });
    await expect(run).resolves.toMatchObject({ ok: true, queryCount: 7 });
    await expect(explain).resolves.toEqual([{ Plan: { 'Node Type': 'Result' } }]);
  });

  it('turns a worker error reply into a rejected request', async () => {
    const { client, workers } = setup();
    workers[0].ready();
    const explain = client.explain('SELEC 1');
    await flush();
    workers[0].reply({ id: workers[0].last('explain').id, type: 'error', message: 'syntax error (SQLSTATE 42601)' });
    await expect(explain).rejects.toThrow('42601');
  });

  it('stops a run at the time limit: ends the worker, starts a fresh one, reports a TimeoutError', async () => {
    const { client, workers, statuses } = setup();
    workers[0].ready();
    const run = client.run('while True: pass', { timeLimitMs: 3000 });
    await flush();
    expect(workers[0].last('run').options).toEqual({}); // the limit is the client's business
    vi.advanceTimersByTime(2999);
    expect(workers[0].terminated).toBe(false);
    vi.advanceTimersByTime(1);
    const result = await run;
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ type: 'TimeoutError' });
    expect(result.error?.message).toMatch(/^Stopped after 3 s: /);
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1].sent[0].type).toBe('init');
    expect(statuses.at(-1)).toBe('booting');

    // The next run goes to the fresh worker once it is ready.
    const next = client.run('1 + 1');
    await flush();
    expect(workers[1].sent.map((m) => m.type)).toEqual(['init']);
    workers[1].ready();
    await flush();
    workers[1].reply({ id: workers[1].last('run').id, type: 'result', result: okRun(0) });
    await expect(next).resolves.toMatchObject({ ok: true });
    expect(statuses.at(-1)).toBe('ready');
  });

  it('uses a 10 s time limit by default', async () => {
    const { client, workers } = setup();
    workers[0].ready();
    const run = client.run('while True: pass');
    await flush();
    vi.advanceTimersByTime(9999);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect((await run).error?.message).toMatch(/^Stopped after 10 s: /);
  });

  it('a new run cancels the one in flight: the worker is replaced, the old promise says Cancelled', async () => {
    const { client, workers } = setup();
    workers[0].ready();
    const first = client.run('slow()');
    await flush();
    const second = client.run('fast()');
    const firstResult = await first;
    expect(firstResult.error).toMatchObject({ type: 'Cancelled' });
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    // A late reply from the ended worker is ignored.
    workers[0].reply({ id: workers[0].last('run').id, type: 'result', result: okRun(99) });
    workers[1].ready();
    await flush();
    expect(workers[1].last('run').code).toBe('fast()');
    workers[1].reply({ id: workers[1].last('run').id, type: 'result', result: okRun(2) });
    await expect(second).resolves.toMatchObject({ ok: true, queryCount: 2 });
  });

  it('a run still waiting for the handshake is cancelled without ending the worker', async () => {
    const { client, workers } = setup();
    const first = client.run('a()');
    const second = client.run('b()');
    expect((await first).error?.type).toBe('Cancelled');
    expect(workers).toHaveLength(1);
    workers[0].ready();
    await flush();
    expect(workers[0].sent.filter((m) => m.type === 'run').map((m) => (m as { code: string }).code)).toEqual(['b()']);
    workers[0].reply({ id: workers[0].last('run').id, type: 'result', result: okRun() });
    await expect(second).resolves.toMatchObject({ ok: true });
  });

  it('a failed boot makes runs fail clearly, and the next run tries a fresh worker', async () => {
    const { client, workers, statuses } = setup();
    const run = client.run('x');
    workers[0].reply({ id: workers[0].last('init').id, type: 'error', message: 'pglite.wasm: 404' });
    const result = await run;
    expect(result.error).toMatchObject({ type: 'LabError' });
    expect(result.error?.message).toContain('pglite.wasm: 404');
    expect(statuses).toContain('failed');
    expect(workers[0].terminated).toBe(true);
    const retry = client.run('y');
    expect(workers).toHaveLength(2);
    workers[1].ready();
    await flush();
    workers[1].reply({ id: workers[1].last('run').id, type: 'result', result: okRun() });
    await expect(retry).resolves.toMatchObject({ ok: true });
  });

  it('dispose() ends the worker and settles what is pending', async () => {
    const { client, workers, statuses } = setup();
    workers[0].ready();
    const run = client.run('slow()');
    await flush();
    const reset = client.reset();
    await flush();
    client.dispose();
    expect((await run).error?.type).toBe('Cancelled');
    await expect(reset).rejects.toThrow('closed');
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(1);
    expect(statuses.at(-1)).toBe('disposed');
    expect((await client.run('again()')).error?.type).toBe('LabError');
  });

  it('rebind() hands a ready lab to a new owner: it hears the status at once, the old owner nothing more', async () => {
    const { client, workers, statuses } = setup();
    workers[0].ready();
    const before = statuses.length;
    const next: LabStatus[] = [];
    client.rebind({ onStatus: (s) => next.push(s), timeLimitMs: 2000 });
    expect(client.status).toBe('ready');
    expect(next).toEqual(['ready']);
    const run = client.run('while True: pass');
    await flush();
    expect(next.at(-1)).toBe('running');
    vi.advanceTimersByTime(2000); // the new owner's time limit applies
    expect((await run).error?.message).toMatch(/^Stopped after 2 s: /);
    expect(statuses).toHaveLength(before);
  });

  it('rebind() during the boot replays the last progress, so the new page shows where the boot is', () => {
    const { client, workers } = setup();
    workers[0].reply({ type: 'progress', progress: { phase: 'postgres' } });
    const progress: unknown[] = [];
    const next: LabStatus[] = [];
    client.rebind({ onProgress: (p) => progress.push(p), onStatus: (s) => next.push(s) });
    expect(progress).toEqual([{ phase: 'postgres' }]);
    expect(next).toEqual(['booting']);
    workers[0].ready();
    expect(next.at(-1)).toBe('ready');
  });
});

describe('LabClient with a work app (schema lessons)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const app = { label: 'library', models: 'class Shelf(models.Model): pass\n' };

  it('keeps the lab while the models are unchanged', async () => {
    const { client, workers } = setup(undefined, app);
    workers[0].ready();
    const run = client.run('Shelf.objects.count()', { models: app.models });
    await flush();
    expect(workers).toHaveLength(1);
    workers[0].reply({ id: workers[0].last('run').id, type: 'result', result: okRun() });
    expect((await run).ok).toBe(true);
  });

  it('replaces the worker with one booted on the edited models, then runs there', async () => {
    const { client, workers } = setup(undefined, app);
    workers[0].ready();
    const edited = 'class Shelf(models.Model):\n    name = models.CharField(max_length=20)\n';
    const run = client.run('Shelf.objects.count()', { models: edited });
    await flush();
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1].last('init').init.workApp).toEqual({ label: 'library', models: edited });
    workers[1].ready();
    await flush();
    expect(workers[1].last('run').code).toBe('Shelf.objects.count()');
    expect(workers[1].last('run')).not.toHaveProperty('options.models');
    workers[1].reply({ id: workers[1].last('run').id, type: 'result', result: okRun() });
    expect((await run).ok).toBe(true);
  });

  it('refuses models for a lab without a work app, and keeps the worker', async () => {
    const { client, workers } = setup();
    workers[0].ready();
    const run = await client.run('1', { models: 'x = 1\n' });
    expect(run.error).toMatchObject({ type: 'LabError', message: 'This lab has no app whose models can be edited.' });
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(false);
  });
});
