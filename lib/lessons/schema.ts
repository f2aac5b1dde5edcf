import { z } from 'zod';
import { checkIdOf, checkSchema, mistakeSchema } from './checks-schema';

// Frontmatter of lessons (index.mdx) and modules (_module.mdx). Strict: an unknown key is an
// error, so a typo ("sumary") fails lessons:check instead of silently doing nothing. Types are
// derived from the schemas; nothing else describes the format.

export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;

const dataset = z
  .string()
  .regex(/^[a-z0-9_]+$/, 'a folder name under content/datasets/')
  .describe('Dataset the code runs against (a folder of content/datasets/). Inherited from the module.');
const difficulty = z.enum(DIFFICULTIES).describe('beginner, intermediate or advanced. Inherited from the module.');
const timeLimitSeconds = z
  .number()
  .int()
  .min(1)
  .max(120)
  .describe('A run that takes longer is stopped (the lab restarts). Inherited from the module; 10 by default.');

/** What a module can set for all of its lessons. */
const inheritable = {
  dataset: dataset.optional(),
  difficulty: difficulty.optional(),
  timeLimitSeconds: timeLimitSeconds.optional(),
};

export const moduleFrontmatterSchema = z
  .strictObject({
    title: z.string().min(1).max(80).describe('Module title on the course home and in the sidebar.'),
    summary: z.string().min(1).max(300).describe('One or two sentences on the course home.'),
    ...inheritable,
  })
  .describe('_module.mdx: a module\u2019s title, summary and the defaults its lessons inherit.');
export type ModuleFrontmatter = z.output<typeof moduleFrontmatterSchema>;

export const lessonFrontmatterSchema = z
  .strictObject({
    title: z.string().min(1).max(100).describe('Lesson title (page heading, sidebar, search).'),
    summary: z.string().min(1).max(300).describe('One sentence: what the lesson is about (course home, search).'),
    objectives: z
      .array(z.string().min(1).max(200))
      .min(1)
      .max(8)
      .describe('What the learner can do after the lesson, each a short phrase.'),
    ...inheritable,
    estimatedMinutes: z.number().int().min(1).max(180).describe('Minutes to read the lesson and solve its exercise.'),
    editableModels: z
      .boolean()
      .default(false)
      .describe('Whether the learner gets a models.py tab (starting from the lesson\u2019s models.py or the dataset\u2019s).'),
    modelsApp: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, 'a lowercase Python identifier')
      .optional()
      .describe('App label of the lesson\u2019s models.py (an app beside the dataset\u2019s); `lab` by default. Without a models.py, the models tab edits the dataset\u2019s own app.'),
    migrateModels: z
      .boolean()
      .default(false)
      .describe('Make and apply the models\u2019 migrations when the lab starts, so runs start with their tables (otherwise the learner\u2019s code runs makemigrations / migrate).'),
    checks: z
      .array(checkSchema)
      .min(1)
      .max(20)
      .optional()
      .describe('The exercise checks; a lesson with checks must contain one <Exercise>.'),
    mistakes: z.array(mistakeSchema).max(20).optional().describe('Known wrong answers (files in mistakes/) and their messages.'),
  })
  .superRefine((lesson, ctx) => {
    const ids = (lesson.checks ?? []).map(checkIdOf);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) {
        ctx.addIssue({ code: 'custom', path: ['checks', i, 'id'], message: `two checks are called "${id}": give one an \`id\`` });
      }
    });
    (lesson.checks ?? []).forEach((check, i) => {
      if (check.kind === 'calls' && check.min !== undefined && check.max !== undefined && check.min > check.max) {
        ctx.addIssue({ code: 'custom', path: ['checks', i, 'min'], message: '`min` is larger than `max`' });
      }
    });
    if (lesson.mistakes?.length && !lesson.checks) {
      ctx.addIssue({ code: 'custom', path: ['mistakes'], message: 'mistakes need an exercise: add `checks`' });
    }
    const files = new Set<string>();
    lesson.mistakes?.forEach((mistake, i) => {
      if (files.has(mistake.file)) ctx.addIssue({ code: 'custom', path: ['mistakes', i, 'file'], message: `${mistake.file} is listed twice` });
      files.add(mistake.file);
      mistake.when.forEach((condition, j) => {
        if (condition.kind === 'failed' && !ids.includes(condition.check)) {
          ctx.addIssue({
            code: 'custom',
            path: ['mistakes', i, 'when', j, 'check'],
            message: `no check "${condition.check}" (checks: ${ids.join(', ') || 'none'})`,
          });
        }
      });
    });
  })
  .describe('index.mdx: a lesson\u2019s metadata and its exercise checks.');
export type LessonFrontmatter = z.output<typeof lessonFrontmatterSchema>;

/** Defaults when neither the lesson nor its module says. */
export const LESSON_DEFAULTS = { difficulty: 'beginner', timeLimitSeconds: 10 } as const;
