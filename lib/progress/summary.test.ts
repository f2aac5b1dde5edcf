import { describe, expect, it } from 'vitest';
import { summarize } from './summary';
import { computeStreak } from './streak';
import { emptyLesson } from './merge';
import type { CourseIndex } from '@/lib/course/types';

const course: CourseIndex = {
  modules: [
    { id: '01-m', title: 'M', lessons: ['01-m/01-a', '01-m/02-b'].map((id) => ({ id, title: id, href: `/lessons/${id}` })) },
    { id: '02-n', title: 'N', lessons: [{ id: '02-n/01-c', title: 'c', href: '/lessons/02-n/01-c' }] },
  ],
};
const today = new Date('2026-06-10T15:00:00Z');

describe('summarize', () => {
  it('handles an empty course', () => {
    expect(summarize({ modules: [] }, [], [], today)).toEqual({ modules: [], lessonsDone: 0, lessonsTotal: 0, streakDays: 0, resume: null });
  });

  it('counts lessons done per module and resumes after the last finished lesson', () => {
    const done = { ...emptyLesson('01-m/01-a'), status: 'completed' as const, lastAttemptAt: '2026-06-10T10:00:00Z', completedAt: '2026-06-10T10:00:00Z' };
    const s = summarize(course, [done], ['2026-06-09'], today);
    expect(s.modules.map((m) => [m.done, m.total])).toEqual([[1, 2], [0, 1]]);
    expect(s.lessonsDone).toBe(1);
    expect(s.resume?.id).toBe('01-m/02-b');
    expect(s.streakDays).toBe(2);
  });

  it('resumes an unfinished lesson where the learner left', () => {
    const started = { ...emptyLesson('02-n/01-c'), lastAttemptAt: '2026-06-10T10:00:00Z' };
    expect(summarize(course, [started], [], today).resume?.id).toBe('02-n/01-c');
  });
});

describe('computeStreak', () => {
  it('counts back from today, or from yesterday before today\'s first activity', () => {
    expect(computeStreak(['2026-06-10', '2026-06-09', '2026-06-07'], today)).toBe(2);
    expect(computeStreak(['2026-06-09', '2026-06-08'], today)).toBe(2);
    expect(computeStreak(['2026-06-08'], today)).toBe(0);
  });
});
