import { emptyLesson, mergeLesson, mergeProgress } from './merge';
import {
  progressUpdateSchema,
  type ExerciseAttemptInput,
  type LessonProgress,
  type ProgressSnapshot,
  type ProgressUpdate,
} from './schema';
import { emptyState, loadState, saveState, type KeyValueStorage, type LocalState, type QueueItem } from './local-state';
import { utcDay } from './streak';

/** One graded run of a lesson's exercise, as the workspace reports it. */
export interface RunResult {
  verdicts: ExerciseAttemptInput['verdicts'];
  queryCount: number;
  durationMs: number;
  code?: Record<string, string>;
}

export type SyncStatus = 'synced' | 'anonymous' | 'offline' | 'error';

export interface ProgressView {
  lessons: LessonProgress[];
  activityDays: string[];
  signedIn: boolean;
  pending: number;
  status: SyncStatus | 'idle';
}

export interface StoreDeps {
  storage: KeyValueStorage;
  fetch: typeof fetch;
  now?: () => Date;
  randomId?: () => string;
}

type ServerSnapshot = ProgressSnapshot & { userId: string };

/**
 * The browser's copy of the learner's progress. Everything is recorded locally first and
 * queued; sync() pushes the queue to the server (retry-safe: the server merges idempotently
 * and attempt ids are unique) and pulls the account's progress. An anonymous learner's
 * progress is adopted by the first account that signs in on this browser; progress of a
 * different account found locally is dropped, never merged across accounts.
 */
export class ProgressStore {
  #deps: Required<StoreDeps>;
  #state: LocalState;
  #status: ProgressView['status'] = 'idle';
  #listeners = new Set<() => void>();
  #syncing: Promise<SyncStatus> | null = null;
  #view: ProgressView;

  constructor(deps: StoreDeps) {
    this.#deps = { now: () => new Date(), randomId: () => crypto.randomUUID(), ...deps };
    this.#state = loadState(deps.storage);
    this.#view = this.#makeView();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A stable object between changes (for useSyncExternalStore). */
  view(): ProgressView {
    return this.#view;
  }

  /** Records a graded run: attempts, best query count, completion, code, and queues it. */
  recordRun(lessonId: string, run: RunResult): void {
    const at = this.#deps.now().toISOString();
    const passed = Object.values(run.verdicts).length > 0 && Object.values(run.verdicts).every((v) => v === 'pass');
    const before = this.#state.lessons[lessonId] ?? emptyLesson(lessonId);
    const lesson: LessonProgress = {
      ...before,
      attempts: before.attempts + 1,
      bestQueryCount: before.bestQueryCount === null ? run.queryCount : Math.min(before.bestQueryCount, run.queryCount),
      code: run.code ?? before.code,
      firstAttemptAt: before.firstAttemptAt ?? at,
      lastAttemptAt: at,
      status: passed ? 'completed' : before.status,
      completedAt: before.completedAt ?? (passed ? at : null),
    };
    const attempt = { id: this.#deps.randomId(), verdicts: run.verdicts, queryCount: run.queryCount, durationMs: run.durationMs, at };
    this.#update((s) => {
      s.lessons[lessonId] = lesson;
      s.queue.push({ lessonId, attempt });
      if (!s.activityDays.includes(utcDay(new Date(at)))) s.activityDays.unshift(utcDay(new Date(at)));
    });
  }

  /** Keeps the editors' code of a lesson (e.g. on leaving it) without counting an attempt. */
  saveCode(lessonId: string, code: Record<string, string>): void {
    const before = this.#state.lessons[lessonId] ?? emptyLesson(lessonId);
    this.#update((s) => {
      s.lessons[lessonId] = { ...before, code };
      this.#enqueueLesson(s, lessonId);
    });
  }

  /** Forget everything local (on sign-out, so the next person on this browser starts clean). */
  clear(): void {
    this.#update((s) => Object.assign(s, emptyState()));
    this.#setStatus('anonymous');
  }

  /** Re-reads localStorage (another tab changed it). */
  reload(): void {
    this.#state = loadState(this.#deps.storage);
    this.#publish();
  }

  /** Pulls the account's progress and pushes queued writes. Concurrent calls share one run. */
  sync(): Promise<SyncStatus> {
    this.#syncing ??= this.#sync().finally(() => {
      this.#syncing = null;
    });
    return this.#syncing;
  }

  async #sync(): Promise<SyncStatus> {
    const pulled = await this.#pull();
    if (pulled === 'anonymous' || pulled === 'offline' || pulled === 'error') return this.#setStatus(pulled);
    const status = await this.#flush();
    return this.#setStatus(status);
  }

  async #pull(): Promise<'ok' | 'anonymous' | 'offline' | 'error'> {
    const res = await this.#request('/api/progress', { method: 'GET' });
    if (res === 'offline') return 'offline';
    if (res.status === 401) {
      // Signed out elsewhere: what is stored belongs to the former account; do not keep
      // queuing it as if it were anonymous.
      if (this.#state.owner !== null) this.#update((s) => Object.assign(s, emptyState()));
      return 'anonymous';
    }
    if (!res.ok) return res.status >= 500 || res.status === 429 ? 'offline' : 'error';
    const server = (await res.json()) as ServerSnapshot;
    this.#update((s) => {
      if (s.owner !== null && s.owner !== server.userId) Object.assign(s, emptyState());
      if (s.owner === null) {
        // Adopting anonymous progress: push every local lesson, not only queued runs.
        for (const id of Object.keys(s.lessons)) this.#enqueueLesson(s, id);
        s.owner = server.userId;
      }
      const merged = mergeProgress(Object.values(s.lessons), server.lessons);
      s.lessons = Object.fromEntries(merged.map((l) => [l.lessonId, l]));
      s.activityDays = [...new Set([...s.activityDays, ...server.activityDays])].sort().reverse();
    });
    return 'ok';
  }

  async #flush(): Promise<SyncStatus> {
    while (this.#state.queue.length > 0) {
      const item = this.#state.queue[0];
      const body = this.#bodyFor(item);
      const res = body
        ? await this.#request(`/api/progress/${item.lessonId}`, { method: 'PUT', body: JSON.stringify(body) })
        : null;
      if (res === 'offline') return 'offline';
      if (res && (res.status >= 500 || res.status === 429)) return 'offline';
      if (res && (res.status === 401 || res.status === 403)) return 'error';
      const saved = res?.ok ? ((await res.json()) as LessonProgress) : null;
      // Accepted, or rejected as invalid (400: retrying cannot help): either way it leaves the queue.
      this.#update((s) => {
        s.queue.shift();
        if (saved) s.lessons[saved.lessonId] = mergeLesson(s.lessons[saved.lessonId] ?? saved, saved);
      });
    }
    return 'synced';
  }

  #bodyFor(item: QueueItem): ProgressUpdate | null {
    const lesson = this.#state.lessons[item.lessonId] ?? emptyLesson(item.lessonId);
    const body = {
      status: lesson.status,
      attempts: lesson.attempts,
      bestQueryCount: lesson.bestQueryCount,
      firstAttemptAt: lesson.firstAttemptAt,
      lastAttemptAt: lesson.lastAttemptAt,
      completedAt: lesson.completedAt,
      ...(lesson.code ? { code: lesson.code } : {}),
      ...(item.attempt ? { attempt: item.attempt } : {}),
    };
    // Code over the size limit is left out rather than losing the whole record.
    const parsed = progressUpdateSchema.safeParse(body);
    if (parsed.success) return parsed.data;
    const withoutCode = progressUpdateSchema.safeParse({ ...body, code: undefined });
    return withoutCode.success ? withoutCode.data : null;
  }

  async #request(url: string, init: RequestInit): Promise<Response | 'offline'> {
    try {
      return await this.#deps.fetch(url, {
        ...init,
        credentials: 'same-origin',
        headers: init.body ? { 'Content-Type': 'application/json' } : undefined,
      });
    } catch {
      return 'offline';
    }
  }

  #enqueueLesson(s: LocalState, lessonId: string): void {
    if (!s.queue.some((q) => q.lessonId === lessonId && !q.attempt)) s.queue.push({ lessonId });
  }

  #update(change: (s: LocalState) => void): void {
    change(this.#state);
    saveState(this.#deps.storage, this.#state);
    this.#publish();
  }

  #setStatus<S extends SyncStatus>(status: S): S {
    this.#status = status;
    this.#publish();
    return status;
  }

  #makeView(): ProgressView {
    return {
      lessons: Object.values(this.#state.lessons).sort((a, b) => a.lessonId.localeCompare(b.lessonId)),
      activityDays: this.#state.activityDays,
      signedIn: this.#state.owner !== null,
      pending: this.#state.queue.length,
      status: this.#status,
    };
  }

  #publish(): void {
    this.#view = this.#makeView();
    for (const listener of this.#listeners) listener();
  }
}

/** Delay before the next sync attempt after `failures` failed ones: 1 s doubling to 1 min. */
export function retryDelayMs(failures: number): number {
  return Math.min(60_000, 1_000 * 2 ** Math.max(0, failures - 1));
}
