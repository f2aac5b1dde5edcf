import { z } from 'zod';

// The exercise checks an author declares in a lesson's frontmatter (`checks:`), and the known
// mistakes (`mistakes:`) recognised by the same vocabulary. Evaluated by lib/grading. The
// `.describe()` texts are the reference: content/AUTHORING.md quotes them and editors that read
// JSON Schema show them on hover.

const checkId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'ids are a letter, then letters, digits or "-"')
  .max(60)
  .describe('Names the check in progress records and in `failed:` conditions; defaults to the kind.');

const common = {
  id: checkId.optional(),
  title: z.string().min(1).max(120).optional().describe('What the learner reads next to the verdict; each kind has a default.'),
};

const pattern = {
  pattern: z.string().min(1).describe('Text to look for in the SQL the code sent (case-insensitive).'),
  regex: z.boolean().default(false).describe('Treat `pattern` as a regular expression (case-insensitive).'),
};

const variants = [
  z.strictObject({
    kind: z.literal('rows'),
    ...common,
    ordered: z.boolean().default(false).describe('Rows must come in the reference solution\u2019s order.'),
  }).describe('The result equals the reference solution\u2019s result (solution.py run on the same dataset).'),
  z.strictObject({
    kind: z.literal('maxQueries'),
    ...common,
    max: z.number().int().min(0).describe('Most queries allowed (as assertNumQueries counts them).'),
  }).describe('The code sends at most `max` queries.'),
  z.strictObject({
    kind: z.literal('exactQueries'),
    ...common,
    count: z.number().int().min(0).describe('Number of queries required.'),
  }).describe('The code sends exactly `count` queries.'),
  z.strictObject({ kind: z.literal('sqlIncludes'), ...common, ...pattern }).describe('Some query\u2019s SQL contains `pattern`.'),
  z.strictObject({ kind: z.literal('sqlExcludes'), ...common, ...pattern }).describe('No query\u2019s SQL contains `pattern`.'),
  z.strictObject({
    kind: z.literal('noNPlusOne'),
    ...common,
    threshold: z.number().int().min(2).default(2).describe('How many runs of one SQL template count as N+1.'),
  }).describe('No SQL template (the query with its parameters left out) runs `threshold` or more times.'),
  z.strictObject({
    kind: z.literal('usesIndex'),
    ...common,
    index: z.string().min(1).optional().describe('Index name the plan must use; any index scan when left out.'),
  }).describe('EXPLAIN ANALYZE of one of the code\u2019s SELECT queries uses the index.'),
  z.strictObject({
    kind: z.literal('calls'),
    ...common,
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a Python name such as select_related').describe('Method or function name, e.g. `select_related`.'),
    min: z.number().int().min(0).optional().describe('Fewest calls required (1 unless `max` is given).'),
    max: z.number().int().min(0).optional().describe('Most calls allowed; `max: 0` forbids the call.'),
  }).describe('The learner\u2019s code calls `name` (read from its Python syntax tree, not from the queries).'),
  z.strictObject({ kind: z.literal('atomic'), ...common }).describe('Every write (INSERT, UPDATE, DELETE) runs inside one transaction.'),
  z.strictObject({
    kind: z.literal('python'),
    ...common,
    function: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).default('check').describe('Function of check.py to call.'),
  }).describe('A function of the lesson\u2019s check.py: `def check(result, queries, cursor)` returns True/None to pass or a message.'),
] as const;

export const checkSchema = z.discriminatedUnion('kind', variants);
export type CheckSpec = z.output<typeof checkSchema>;
export type CheckKind = CheckSpec['kind'];
export const CHECK_KINDS = variants.map((v) => v.shape.kind.value) as CheckKind[];

/** A condition of a known mistake: a check that must hold, an exercise check that must fail,
 *  or the error the run stopped with. */
export const conditionSchema = z.discriminatedUnion('kind', [
  ...variants,
  z.strictObject({
    kind: z.literal('failed'),
    check: checkId.describe('Id of an exercise check that must fail.'),
  }).describe('The exercise check `check` fails.'),
  z.strictObject({
    kind: z.literal('raised'),
    type: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/).optional().describe('Exception class name, e.g. IntegrityError.'),
    pattern: z.string().min(1).optional().describe('Regular expression the error message must match (case-insensitive).'),
  }).describe('The run stopped with an error (of this type, with a message matching `pattern`).'),
]);
export type ConditionSpec = z.output<typeof conditionSchema>;

export const mistakeSchema = z
  .strictObject({
    file: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*\.py$/, 'a file name in mistakes/, such as prefetch-forward-fk.py')
      .describe('The wrong answer, kept in mistakes/; lessons:verify runs it and expects `message`.'),
    when: z.array(conditionSchema).min(1).describe('All must hold on a run for it to be this mistake.'),
    message: z.string().min(1).max(600).describe('Shown to the learner instead of the generic failure.'),
  })
  .describe('A known wrong answer and the message it gets.');
export type MistakeSpec = z.output<typeof mistakeSchema>;

/** The id a check is known by (its `id`, else its kind). */
export function checkIdOf(check: { id?: string; kind: string }): string {
  return check.id ?? check.kind;
}
