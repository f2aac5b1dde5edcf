import { describe, expect, it } from 'vitest';
import { emptyLesson, mergeLesson, mergeProgress } from './merge';
import type { LessonProgress } from './schema';

const id = '01-a/01-b';
const a: LessonProgress = { ...emptyLesson(id), attempts: 3, bestQueryCount: 5, code: { 'query.py': 'a' }, firstAttemptAt: '2026-01-02T00:00:00Z', lastAttemptAt: '2026-01-05T00:00:00Z' };
const b: LessonProgress = { ...emptyLesson(id), status: 'completed', attempts: 2, bestQueryCount: 1, code: { 'query.py': 'b' }, firstAttemptAt: '2026-01-01T00:00:00Z', lastAttemptAt: '2026-01-04T00:00:00Z', completedAt: '2026-01-04T00:00:00Z' };

describe('mergeLesson', () => {
  it('is commutative and idempotent', () => {
    expect(mergeLesson(a, b)).toEqual(mergeLesson(b, a));
    expect(mergeLesson(mergeLesson(a, b), b)).toEqual(mergeLesson(a, b));
  });

  it('keeps forward status, max attempts, best query count, earliest start, latest code', () => {
    expect(mergeLesson(a, b)).toEqual({
      lessonId: id, status: 'completed', attempts: 3, bestQueryCount: 1, code: { 'query.py': 'a' },
      firstAttemptAt: b.firstAttemptAt, lastAttemptAt: a.lastAttemptAt, completedAt: b.completedAt,
    });
  });

  it('merges lists by lesson id', () => {
    const other = emptyLesson('01-a/02-c');
    expect(mergeProgress([a], [b, other]).map((l) => l.lessonId)).toEqual([id, '01-a/02-c']);
  });
});
