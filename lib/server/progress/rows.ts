import 'server-only';
import type { LessonProgress, ProgressStatus } from '@/lib/progress/schema';

/** A LessonProgress row as raw SQL returns it. */
export interface ProgressRow {
  lessonId: string;
  status: string;
  attempts: number;
  bestQueryCount: number | null;
  lastCode: unknown;
  firstAttemptAt: Date | null;
  lastAttemptAt: Date | null;
  completedAt: Date | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function asCode(value: unknown): Record<string, string> | null {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (!parsed || typeof parsed !== 'object') return null;
  return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function toLessonProgress(row: ProgressRow): LessonProgress {
  return {
    lessonId: row.lessonId,
    status: row.status as ProgressStatus,
    attempts: row.attempts,
    bestQueryCount: row.bestQueryCount,
    code: asCode(row.lastCode),
    firstAttemptAt: iso(row.firstAttemptAt),
    lastAttemptAt: iso(row.lastAttemptAt),
    completedAt: iso(row.completedAt),
  };
}
