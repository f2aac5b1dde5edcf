import type { CourseIndex, CourseLesson } from '@/lib/course/types';
import type { LessonProgress } from './schema';
import { computeStreak } from './streak';

export interface ModuleSummary {
  id: string;
  title: string;
  done: number;
  total: number;
}

export interface ProgressSummary {
  modules: ModuleSummary[];
  lessonsDone: number;
  lessonsTotal: number;
  streakDays: number;
  /** Where "resume" leads: the last lesson worked on, or the one after it if it is done. */
  resume: CourseLesson | null;
}

/** What the "My progress" page shows, from the course index and the learner's records. */
export function summarize(
  course: CourseIndex,
  lessons: readonly LessonProgress[],
  activityDays: readonly string[],
  today: Date = new Date(),
): ProgressSummary {
  const byId = new Map(lessons.map((l) => [l.lessonId, l]));
  const isDone = (id: string) => byId.get(id)?.status === 'completed';
  const modules = course.modules.map((m) => ({
    id: m.id,
    title: m.title,
    done: m.lessons.filter((l) => isDone(l.id)).length,
    total: m.lessons.length,
  }));
  const ordered = course.modules.flatMap((m) => m.lessons);
  const localDays = lessons.flatMap((l) => [l.lastAttemptAt, l.completedAt]).filter((d): d is string => d !== null);
  return {
    modules,
    lessonsDone: modules.reduce((n, m) => n + m.done, 0),
    lessonsTotal: ordered.length,
    streakDays: computeStreak([...activityDays, ...localDays.map((d) => d.slice(0, 10))], today),
    resume: resumeTarget(ordered, lessons, isDone),
  };
}

function resumeTarget(
  ordered: readonly CourseLesson[],
  lessons: readonly LessonProgress[],
  isDone: (id: string) => boolean,
): CourseLesson | null {
  const known = lessons.filter((l) => l.lastAttemptAt && ordered.some((o) => o.id === l.lessonId));
  const last = known.sort((a, b) => Date.parse(b.lastAttemptAt ?? '') - Date.parse(a.lastAttemptAt ?? ''))[0];
  if (!last) return ordered.find((l) => !isDone(l.id)) ?? null;
  const index = ordered.findIndex((l) => l.id === last.lessonId);
  if (!isDone(last.lessonId)) return ordered[index];
  return ordered.slice(index + 1).find((l) => !isDone(l.id)) ?? ordered.find((l) => !isDone(l.id)) ?? null;
}
