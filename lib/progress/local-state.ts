import type { ExerciseAttemptInput, LessonProgress } from './schema';

// What the browser keeps in localStorage: the learner's lessons, the writes not yet accepted by
// the server, and whose progress it is (null while anonymous).

export const STORAGE_KEY = 'ormlab.progress.v1';

export interface QueueItem {
  lessonId: string;
  /** A graded run to upload; items without one just push the lesson's current state. */
  attempt?: ExerciseAttemptInput;
}

export interface LocalState {
  version: 1;
  owner: string | null;
  lessons: Record<string, LessonProgress>;
  queue: QueueItem[];
  activityDays: string[];
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function emptyState(): LocalState {
  return { version: 1, owner: null, lessons: {}, queue: [], activityDays: [] };
}

function isState(value: unknown): value is LocalState {
  const v = value as LocalState | null;
  return !!v && v.version === 1 && typeof v.lessons === 'object' && Array.isArray(v.queue) && Array.isArray(v.activityDays);
}

export function loadState(storage: KeyValueStorage): LocalState {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isState(parsed) ? parsed : emptyState();
  } catch {
    // Unreadable (corrupt JSON, storage disabled): start clean rather than break the page.
    return emptyState();
  }
}

export function saveState(storage: KeyValueStorage, state: LocalState): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Quota or privacy mode: progress still lives in memory and syncs when signed in.
  }
}
