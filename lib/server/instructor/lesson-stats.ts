import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { bucketQueryCounts, type QueryBucket } from './query-buckets';

export interface LessonStats {
  lessonId: string;
  started: number;
  completed: number;
  medianAttempts: number | null;
  queryCounts: QueryBucket[];
}

/**
 * Per lesson, over learners only: how many started and completed it, the median number of
 * attempts, and how many queries their graded runs took. Aggregates only: no learner's code
 * or identity leaves this function.
 */
export async function readLessonStats(prisma: PrismaClient): Promise<LessonStats[]> {
  const [progress, counts] = await Promise.all([
    prisma.$queryRaw<{ lessonId: string; started: number; completed: number; medianAttempts: number | null }[]>`
      SELECT p."lessonId",
             count(*)::int AS started,
             (count(*) FILTER (WHERE p."status" = 'completed'))::int AS completed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY p."attempts")::float8 AS "medianAttempts"
      FROM "LessonProgress" p JOIN "user" u ON u."id" = p."userId"
      WHERE u."role" = 'learner'
      GROUP BY p."lessonId"`,
    prisma.$queryRaw<{ lessonId: string; queryCount: number; attempts: number }[]>`
      SELECT a."lessonId", a."queryCount", count(*)::int AS attempts
      FROM "ExerciseAttempt" a JOIN "user" u ON u."id" = a."userId"
      WHERE u."role" = 'learner'
      GROUP BY a."lessonId", a."queryCount"`,
  ]);
  return progress
    .map((p) => ({
      lessonId: p.lessonId,
      started: p.started,
      completed: p.completed,
      medianAttempts: p.medianAttempts,
      queryCounts: bucketQueryCounts(counts.filter((c) => c.lessonId === p.lessonId)),
    }))
    .sort((a, b) => a.lessonId.localeCompare(b.lessonId));
}
