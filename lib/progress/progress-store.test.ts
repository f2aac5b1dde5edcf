import { describe, expect, it } from 'vitest';
import { ProgressStore, retryDelayMs } from './progress-store';
import { mergeLesson, emptyLesson } from './merge';
import { progressUpdateSchema, type LessonProgress } from './schema';
import { STORAGE_KEY } from './local-state';

const L1 = 'foundations/what-the-orm-is';
const L2 = 'foundations/lazy-querysets';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

/** An in-memory stand-in for the progress API with the server's merge rules. */
function fakeServer() {
  const server = {
    userId: null as string | null,
    lessons: new Map<string, LessonProgress>(),
    attempts: new Map<string, unknown>(),
    failNext: 0 as number,
    offline: false,
    puts: 0,
    fetch: (async (url: string, init?: RequestInit) => {
      if (server.offline) throw new TypeError('Failed to fetch');
      if (server.failNext > 0) {
        server.failNext -= 1;
        return Response.json({ error: 'internal' }, { status: 503 });
      }
      if (!server.userId) return Response.json({ error: 'unauthorized' }, { status: 401 });
      if (init?.method === 'GET') {
        return Response.json({ userId: server.userId, lessons: [...server.lessons.values()], activityDays: [] });
      }
      server.puts += 1;
      const lessonId = url.replace('/api/progress/', '');
      const body = progressUpdateSchema.parse(JSON.parse(String(init?.body)));
      if (body.attempt) server.attempts.set(body.attempt.id, body.attempt);
      const incoming: LessonProgress = {
        ...emptyLesson(lessonId), ...body, bestQueryCount: body.bestQueryCount ?? null, code: body.code ?? null,
        firstAttemptAt: body.firstAttemptAt ?? null, lastAttemptAt: body.lastAttemptAt ?? null, completedAt: body.completedAt ?? null,
      };
      const merged = mergeLesson(server.lessons.get(lessonId) ?? incoming, incoming);
      server.lessons.set(lessonId, merged);
      return Response.json(merged);
    }) as typeof fetch,
  };
  return server;
}

let clock = Date.parse('2026-06-01T10:00:00Z');
const now = () => new Date((clock += 60_000));
const pass = { verdicts: { rows: 'pass' as const }, queryCount: 1, durationMs: 5 };
const fail = { verdicts: { rows: 'fail' as const }, queryCount: 51, durationMs: 9 };

describe('ProgressStore', () => {
  it('keeps an anonymous learner\'s runs locally and queued', async () => {
    const server = fakeServer();
    const storage = memoryStorage();
    const store = new ProgressStore({ storage, fetch: server.fetch, now });
    store.recordRun(L1, { ...fail, code: { 'query.py': 'v1' } });
    store.recordRun(L1, { ...pass, code: { 'query.py': 'v2' } });
    expect(await store.sync()).toBe('anonymous');
    expect(store.view()).toMatchObject({ signedIn: false, pending: 2 });
    expect(store.view().lessons[0]).toMatchObject({ status: 'completed', attempts: 2, bestQueryCount: 1, code: { 'query.py': 'v2' } });
    expect(JSON.parse(storage.map.get(STORAGE_KEY)!).queue).toHaveLength(2);
  });

  it('merges anonymous progress into the account on sign-in without loss or duplicates', async () => {
    const server = fakeServer();
    const store = new ProgressStore({ storage: memoryStorage(), fetch: server.fetch, now });
    store.recordRun(L1, fail);
    store.recordRun(L1, pass);
    // Progress made on another device is already on the server.
    server.userId = 'u1';
    server.lessons.set(L2, { ...emptyLesson(L2), attempts: 4, status: 'started', lastAttemptAt: '2026-05-01T00:00:00.000Z' });
    expect(await store.sync()).toBe('synced');
    expect(await store.sync()).toBe('synced'); // a second sync sends nothing new
    expect(server.attempts.size).toBe(2);
    expect(server.lessons.get(L1)).toMatchObject({ status: 'completed', attempts: 2, bestQueryCount: 1 });
    expect(store.view()).toMatchObject({ signedIn: true, pending: 0 });
    expect(new Map(store.view().lessons.map((l) => [l.lessonId, l.attempts]))).toEqual(new Map([[L1, 2], [L2, 4]]));
    expect(store.view().lessons).toHaveLength(2);
  });

  it('retries after server errors and offline periods, and survives a reload', async () => {
    const server = fakeServer();
    server.userId = 'u1';
    const storage = memoryStorage();
    const store = new ProgressStore({ storage, fetch: server.fetch, now });
    expect(await store.sync()).toBe('synced');
    server.offline = true;
    store.recordRun(L1, fail);
    expect(await store.sync()).toBe('offline');
    server.offline = false;
    store.recordRun(L1, pass);
    server.failNext = 1; // the server answers 503 once
    expect(await store.sync()).toBe('offline');
    // The tab is closed and reopened: the queue comes back from localStorage.
    const reopened = new ProgressStore({ storage, fetch: server.fetch, now });
    expect(reopened.view().pending).toBe(2);
    expect(await reopened.sync()).toBe('synced');
    expect(server.attempts.size).toBe(2);
    expect(server.lessons.get(L1)).toMatchObject({ status: 'completed', attempts: 2 });
  });

  it('never merges one account\'s local progress into another account', async () => {
    const server = fakeServer();
    server.userId = 'alice';
    const storage = memoryStorage();
    const store = new ProgressStore({ storage, fetch: server.fetch, now });
    await store.sync();
    server.offline = true;
    store.recordRun(L1, pass); // queued for alice, not yet sent
    server.offline = false;
    server.userId = 'bob';
    server.lessons.clear();
    expect(await store.sync()).toBe('synced');
    expect(server.lessons.size).toBe(0);
    expect(store.view()).toMatchObject({ lessons: [], pending: 0, signedIn: true });
  });

  it('drops the local copy when the session is gone, and on clear()', async () => {
    const server = fakeServer();
    server.userId = 'u1';
    const store = new ProgressStore({ storage: memoryStorage(), fetch: server.fetch, now });
    store.recordRun(L1, pass);
    await store.sync();
    server.userId = null;
    expect(await store.sync()).toBe('anonymous');
    expect(store.view()).toMatchObject({ lessons: [], signedIn: false });
  });

  it('leaves over-long code out of the upload instead of losing the run', async () => {
    const server = fakeServer();
    server.userId = 'u1';
    const store = new ProgressStore({ storage: memoryStorage(), fetch: server.fetch, now });
    store.recordRun(L1, { ...pass, code: { 'query.py': 'x'.repeat(30_000) } });
    expect(await store.sync()).toBe('synced');
    expect(server.lessons.get(L1)).toMatchObject({ status: 'completed', code: null });
  });

  it('backs off from 1 s to a minute', () => {
    expect([1, 2, 3, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 60000]);
  });
});
