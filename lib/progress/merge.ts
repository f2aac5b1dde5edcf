import type { LessonProgress, ProgressStatus } from './schema';

// How two records of the same lesson combine: status only moves forward, counters keep the
// maximum (attempts) or the best (query count), timestamps the earliest start and latest
// activity, and code comes from the most recent attempt. The merge is commutative, associative
// and idempotent, so a retried write, a write replayed from another tab, or anonymous progress
// merged into an account never loses or double-counts anything. The server applies the same
// rules in SQL (lib/server/progress/save-progress.ts).

const rank: Record<ProgressStatus, number> = { started: 0, completed: 1 };

function earliest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

function latest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

function best(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function newerCode(a: LessonProgress, b: LessonProgress): Record<string, string> | null {
  if (!a.code) return b.code;
  if (!b.code) return a.code;
  const ta = a.lastAttemptAt ? Date.parse(a.lastAttemptAt) : -Infinity;
  const tb = b.lastAttemptAt ? Date.parse(b.lastAttemptAt) : -Infinity;
  return tb > ta ? b.code : a.code;
}

export function mergeLesson(a: LessonProgress, b: LessonProgress): LessonProgress {
  return {
    lessonId: a.lessonId,
    status: rank[b.status] > rank[a.status] ? b.status : a.status,
    attempts: Math.max(a.attempts, b.attempts),
    bestQueryCount: best(a.bestQueryCount, b.bestQueryCount),
    code: newerCode(a, b),
    firstAttemptAt: earliest(a.firstAttemptAt, b.firstAttemptAt),
    lastAttemptAt: latest(a.lastAttemptAt, b.lastAttemptAt),
    completedAt: earliest(a.completedAt, b.completedAt),
  };
}

/** Merges two lists of lessons by lesson id. */
export function mergeProgress(a: readonly LessonProgress[], b: readonly LessonProgress[]): LessonProgress[] {
  const byId = new Map<string, LessonProgress>();
  for (const lesson of [...a, ...b]) {
    const seen = byId.get(lesson.lessonId);
    byId.set(lesson.lessonId, seen ? mergeLesson(seen, lesson) : lesson);
  }
  return [...byId.values()].sort((x, y) => x.lessonId.localeCompare(y.lessonId));
}

export function emptyLesson(lessonId: string): LessonProgress {
  return {
    lessonId,
    status: 'started',
    attempts: 0,
    bestQueryCount: null,
    code: null,
    firstAttemptAt: null,
    lastAttemptAt: null,
    completedAt: null,
  };
}
