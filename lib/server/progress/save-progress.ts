import 'server-only';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { LessonProgress, ProgressUpdate } from '@/lib/progress/schema';
import { toLessonProgress, type ProgressRow } from './rows';

// Client clocks may be wrong or hostile: a timestamp from the future would pin "last activity"
// forever, so times are clamped to [now - 1 year, now].
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

function clampTime(iso: string | null | undefined, now: Date): Date | null {
  if (!iso) return null;
  const t = Math.min(Math.max(Date.parse(iso), now.getTime() - YEAR_MS), now.getTime());
  return new Date(t);
}

/**
 * Merges `update` into the learner's record of `lessonId` in one statement, with the same
 * rules as lib/progress/merge.ts (status only moves forward, counters keep the max/best,
 * code follows the latest attempt). Idempotent: a retried request changes nothing more.
 * All values travel as bind parameters; nothing from the request is spliced into SQL.
 */
export async function saveProgress(
  prisma: PrismaClient,
  userId: string,
  lessonId: string,
  update: ProgressUpdate,
  now = new Date(),
): Promise<LessonProgress> {
  const lastAttemptAt = clampTime(update.lastAttemptAt ?? update.attempt?.at, now);
  const firstAttemptAt = clampTime(update.firstAttemptAt, now) ?? lastAttemptAt;
  const completedAt =
    update.status === 'completed' ? (clampTime(update.completedAt, now) ?? lastAttemptAt ?? now) : null;
  const bestQueryCount = update.bestQueryCount ?? (update.attempt ? update.attempt.queryCount : null);
  const code = update.code ? JSON.stringify(update.code) : null;

  const upsert = prisma.$queryRaw<ProgressRow[]>`
    INSERT INTO "LessonProgress" AS p
      ("userId", "lessonId", "status", "attempts", "firstAttemptAt", "lastAttemptAt",
       "completedAt", "bestQueryCount", "lastCode", "updatedAt")
    VALUES (${userId}, ${lessonId}, ${update.status}::"ProgressStatus", ${update.attempts},
       ${firstAttemptAt}, ${lastAttemptAt}, ${completedAt}, ${bestQueryCount}, ${code}::jsonb, now())
    ON CONFLICT ("userId", "lessonId") DO UPDATE SET
      "status" = CASE WHEN p."status" = 'completed' OR EXCLUDED."status" = 'completed'
                      THEN 'completed'::"ProgressStatus" ELSE 'started'::"ProgressStatus" END,
      "attempts" = GREATEST(p."attempts", EXCLUDED."attempts"),
      "firstAttemptAt" = LEAST(p."firstAttemptAt", EXCLUDED."firstAttemptAt"),
      "lastAttemptAt" = GREATEST(p."lastAttemptAt", EXCLUDED."lastAttemptAt"),
      "completedAt" = LEAST(p."completedAt", EXCLUDED."completedAt"),
      "bestQueryCount" = LEAST(p."bestQueryCount", EXCLUDED."bestQueryCount"),
      "lastCode" = CASE
        WHEN EXCLUDED."lastCode" IS NULL THEN p."lastCode"
        WHEN p."lastCode" IS NULL OR p."lastAttemptAt" IS NULL OR EXCLUDED."lastAttemptAt" IS NULL
          OR EXCLUDED."lastAttemptAt" >= p."lastAttemptAt" THEN EXCLUDED."lastCode"
        ELSE p."lastCode" END,
      "updatedAt" = now()
    RETURNING "lessonId", "status"::text AS "status", "attempts", "bestQueryCount", "lastCode",
      "firstAttemptAt", "lastAttemptAt", "completedAt"`;

  const attempt = update.attempt;
  if (!attempt) return toLessonProgress((await upsert)[0]);

  const passed = Object.values(attempt.verdicts).every((v) => v === 'pass');
  // The attempt id comes from the browser, so a replayed upload is stored once.
  const record = prisma.$executeRaw`
    INSERT INTO "ExerciseAttempt" ("id", "userId", "lessonId", "verdicts", "passed", "queryCount", "durationMs", "createdAt")
    VALUES (${attempt.id}, ${userId}, ${lessonId}, ${JSON.stringify(attempt.verdicts)}::jsonb, ${passed},
      ${attempt.queryCount}, ${attempt.durationMs}, ${clampTime(attempt.at, now)})
    ON CONFLICT ("id") DO NOTHING`;
  const [rows] = await prisma.$transaction([upsert, record]);
  return toLessonProgress(rows[0]);
}
