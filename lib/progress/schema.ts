import { z } from 'zod';

// The contract of the progress API, shared by the server (validation) and the browser store
// (what it queues). Limits keep one learner from filling the database: code is the only large
// field, and a whole request stays under MAX_BODY_BYTES.

export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_EDITORS = 4;
export const MAX_CODE_CHARS = 20_000;
export const MAX_CHECKS = 50;

/** "foundations/what-the-orm-is": module slug / lesson slug (folder names without their numbers). */
export const lessonIdSchema = z
  .string()
  .max(160)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like "module/lesson"');

export const progressStatusSchema = z.enum(['started', 'completed']);
export type ProgressStatus = z.infer<typeof progressStatusSchema>;

const editorNameSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'editor names are file-like, e.g. "query.py"');

export const codeSchema = z
  .record(editorNameSchema, z.string().max(MAX_CODE_CHARS, `code is limited to ${MAX_CODE_CHARS} characters per editor`))
  .refine((code) => Object.keys(code).length <= MAX_EDITORS, `at most ${MAX_EDITORS} editors`);

const isoDateSchema = z.iso.datetime({ offset: true });
const countSchema = z.number().int().min(0).max(100_000);

export const verdictSchema = z.enum(['pass', 'fail', 'error']);

/** One graded run of the lesson's exercise; the id makes a retried upload count once. */
export const attemptSchema = z.strictObject({
  id: z.uuid(),
  verdicts: z
    .record(z.string().min(1).max(80), verdictSchema)
    .refine((v) => Object.keys(v).length <= MAX_CHECKS, `at most ${MAX_CHECKS} checks`),
  queryCount: countSchema,
  durationMs: z.number().int().min(0).max(3_600_000),
  at: isoDateSchema,
});
export type ExerciseAttemptInput = z.infer<typeof attemptSchema>;

/** Body of PUT /api/progress/{lessonId}: the learner's state of one lesson, merged server-side. */
export const progressUpdateSchema = z.strictObject({
  status: progressStatusSchema,
  attempts: countSchema,
  bestQueryCount: countSchema.nullable().optional(),
  code: codeSchema.optional(),
  firstAttemptAt: isoDateSchema.nullable().optional(),
  lastAttemptAt: isoDateSchema.nullable().optional(),
  completedAt: isoDateSchema.nullable().optional(),
  attempt: attemptSchema.optional(),
});
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

/** One lesson's progress as the API returns it (and as the browser stores it). */
export interface LessonProgress {
  lessonId: string;
  status: ProgressStatus;
  attempts: number;
  bestQueryCount: number | null;
  code: Record<string, string> | null;
  firstAttemptAt: string | null;
  lastAttemptAt: string | null;
  completedAt: string | null;
}

export interface ProgressSnapshot {
  lessons: LessonProgress[];
  /** UTC days (YYYY-MM-DD) with any activity, newest first, for the streak. */
  activityDays: string[];
}

/** A readable one-line summary of what is wrong with a request body. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'body'}: ${issue.message}`)
    .join('; ');
}
