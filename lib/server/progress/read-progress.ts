import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { ProgressSnapshot } from '@/lib/progress/schema';
import { toLessonProgress } from './rows';

/** Everything the signed-in learner has done: every lesson, and the days they were active. */
export async function readProgress(prisma: PrismaClient, userId: string): Promise<ProgressSnapshot> {
  const [lessons, days] = await Promise.all([
    prisma.lessonProgress.findMany({ where: { userId }, orderBy: { lessonId: 'asc' } }),
    // Days of activity for the streak: graded runs and lesson activity, last 400 days.
    prisma.$queryRaw<{ day: string }[]>`
      SELECT DISTINCT to_char(d, 'YYYY-MM-DD') AS day FROM (
        SELECT "createdAt" AS d FROM "ExerciseAttempt" WHERE "userId" = ${userId}
        UNION ALL
        SELECT "lastAttemptAt" FROM "LessonProgress" WHERE "userId" = ${userId} AND "lastAttemptAt" IS NOT NULL
        UNION ALL
        SELECT "completedAt" FROM "LessonProgress" WHERE "userId" = ${userId} AND "completedAt" IS NOT NULL
      ) AS activity
      WHERE d > now() - interval '400 days'
      ORDER BY day DESC`,
  ]);
  return {
    lessons: lessons.map((l) => toLessonProgress({ ...l, status: l.status })),
    activityDays: days.map((d) => d.day),
  };
}
