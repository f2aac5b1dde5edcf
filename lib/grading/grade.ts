import { checkIdOf, type CheckSpec, type ConditionSpec } from '@/lib/lessons/checks-schema';
import type { RunResult } from '@/lib/runtime/protocol';
import { calls, python } from './code-checks';
import { usesIndex } from './plan-checks';
import { atomic, exactQueries, maxQueries, noNPlusOne, sqlExcludes, sqlIncludes } from './query-checks';
import { canonical, compareResults } from './rows';
import { checkTitle } from './titles';
import type { ExerciseSpec, GradeReport, GradingContext, Outcome, Verdict } from './types';

// Grades one run: every exercise check becomes a verdict; the first known mistake whose
// conditions all hold names the message to show. Checks that read the database the run left
// (python, usesIndex) go first; `rows` goes last, because the reference run it may need
// resets the database.

const PHASE: Record<CheckSpec['kind'], number> = {
  python: 0,
  usesIndex: 0,
  maxQueries: 1,
  exactQueries: 1,
  sqlIncludes: 1,
  sqlExcludes: 1,
  noNPlusOne: 1,
  calls: 1,
  atomic: 1,
  rows: 2,
};

/** Checks that mean something on a run that raised (the rest fail with the error). */
const STATIC_KINDS = new Set<CheckSpec['kind']>(['calls']);

async function evaluate(check: CheckSpec, run: RunResult, ctx: GradingContext): Promise<Outcome> {
  if (!run.ok && !STATIC_KINDS.has(check.kind)) {
    const e = run.error;
    return { ok: false, detail: `Your code stopped with ${e?.type ?? 'an error'}${e?.line ? ` on line ${e.line}` : ''}: ${e?.message ?? ''}`.trim() };
  }
  switch (check.kind) {
    case 'rows': {
      const reference = await ctx.reference();
      if (!reference.ok) return { ok: false, error: true, detail: `The reference solution failed: ${reference.error?.type}: ${reference.error?.message}` };
      return compareResults(run.result, reference.result, check.ordered);
    }
    case 'maxQueries':
      return maxQueries(run, check.max);
    case 'exactQueries':
      return exactQueries(run, check.count);
    case 'sqlIncludes':
      return sqlIncludes(run, check.pattern, check.regex);
    case 'sqlExcludes':
      return sqlExcludes(run, check.pattern, check.regex);
    case 'noNPlusOne':
      return noNPlusOne(run, check.threshold);
    case 'usesIndex':
      return usesIndex(run, check.index, ctx.explain);
    case 'calls':
      return calls(run, check.name, check.min, check.max);
    case 'atomic':
      return atomic(run);
    case 'python':
      return python(run, check.function, ctx);
  }
}

/** A check's identity for reuse between exercise checks and mistake conditions. */
function key(check: CheckSpec): string {
  const { id: _id, title: _title, ...rest } = check;
  return canonical(rest);
}

export async function gradeRun(exercise: ExerciseSpec, run: RunResult, ctx: GradingContext): Promise<GradeReport> {
  const conditions = exercise.mistakes.flatMap((m) => m.when).filter((c): c is CheckSpec => c.kind !== 'failed' && c.kind !== 'raised');
  const pending = new Map<string, CheckSpec>();
  for (const check of [...exercise.checks, ...conditions]) pending.set(key(check), check);
  const outcomes = new Map<string, Outcome>();
  for (const [k, check] of [...pending].sort(([, a], [, b]) => PHASE[a.kind] - PHASE[b.kind])) {
    try {
      outcomes.set(k, await evaluate(check, run, ctx));
    } catch (error) {
      outcomes.set(k, { ok: false, error: true, detail: `The check could not run: ${(error as Error).message}` });
    }
  }
  const verdicts: Verdict[] = exercise.checks.map((check) => {
    const outcome = outcomes.get(key(check))!;
    return {
      id: checkIdOf(check),
      kind: check.kind,
      title: checkTitle(check),
      status: outcome.error ? 'error' : outcome.ok ? 'pass' : 'fail',
      detail: outcome.detail,
    };
  });
  const passed = verdicts.length > 0 && verdicts.every((v) => v.status === 'pass');
  const holds = (c: ConditionSpec) => {
    if (c.kind === 'failed') return verdicts.find((v) => v.id === c.check)?.status === 'fail';
    if (c.kind === 'raised') return raised(run, c.type, c.pattern);
    return outcomes.get(key(c))?.ok === true;
  };
  const match = passed ? undefined : exercise.mistakes.find((m) => m.when.every(holds));
  return { verdicts, passed, mistake: match ? { file: match.file, message: match.message } : null };
}

/** The run stopped with an error of `type` (if given) whose message matches `pattern` (if given). */
function raised(run: RunResult, type?: string, pattern?: string): boolean {
  const error = run.error;
  if (run.ok || !error) return false;
  if (type && error.type !== type) return false;
  return !pattern || new RegExp(pattern, 'i').test(error.message);
}

/** The verdicts as progress records them ({checkId: status}). */
export function verdictMap(report: GradeReport): Record<string, Verdict['status']> {
  return Object.fromEntries(report.verdicts.map((v) => [v.id, v.status]));
}
