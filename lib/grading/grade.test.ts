import { describe, expect, it } from 'vitest';
import { checkSchema, mistakeSchema } from '@/lib/lessons/checks-schema';
import type { RunResult } from '@/lib/runtime/protocol';
import { gradeRun, verdictMap } from './grade';
import { createGrader, type GradingLab } from './grader';
import { nPlusOne, query, runOf, table } from './test-runs';
import type { ExerciseSpec } from './types';

const books = table(['title'], [['Dune'], ['Emma']]);

const exercise: ExerciseSpec = {
  checks: [{ kind: 'rows' }, { kind: 'maxQueries', max: 1 }, { kind: 'calls', name: 'select_related' }].map((c) => checkSchema.parse(c)),
  mistakes: [
    {
      file: 'prefetch-forward-fk.py',
      when: [{ kind: 'calls', name: 'prefetch_related' }, { kind: 'failed', check: 'maxQueries' }],
      message: 'prefetch_related sends a second query; a forward foreign key joins with select_related.',
    },
  ].map((m) => mistakeSchema.parse(m)),
  solution: 'solution',
  checkSource: null,
};

/** A lab whose runs are scripted by code text, recording what it was asked. */
function fakeLab(runs: Record<string, RunResult>): GradingLab & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    run: async (code, options) => (log.push(`run ${code} reset=${options?.reset ?? true}`), runs[code]),
    explain: async (sql) => (log.push(`explain ${sql}`), [{ Plan: { 'Node Type': 'Seq Scan' } }]),
  };
}

describe('gradeRun', () => {
  const ctx = { reference: async () => runOf({ result: books }), explain: async () => [], runPython: async () => runOf(), checkSource: null };

  it('passes when every check passes, and then names no mistake', async () => {
    const run = runOf({ result: books, queries: [query('SELECT ... INNER JOIN ...')], calls: [{ name: 'select_related', line: 1 }] });
    const report = await gradeRun(exercise, run, ctx);
    expect(report.passed).toBe(true);
    expect(report.mistake).toBeNull();
    expect(verdictMap(report)).toEqual({ rows: 'pass', maxQueries: 'pass', calls: 'pass' });
  });

  it('recognises a known mistake from its conditions and gives its message', async () => {
    const run = runOf({ result: books, queries: [query('SELECT 1'), query('SELECT 2')], calls: [{ name: 'prefetch_related', line: 1 }] });
    const report = await gradeRun(exercise, run, ctx);
    expect(report.passed).toBe(false);
    expect(report.mistake?.file).toBe('prefetch-forward-fk.py');
    expect(verdictMap(report)).toEqual({ rows: 'pass', maxQueries: 'fail', calls: 'fail' });
  });

  it('tells errors apart by their type and message', async () => {
    const withErrors: ExerciseSpec = {
      ...exercise,
      mistakes: [
        { file: 'missing-table.py', when: [{ kind: 'raised', type: 'ProgrammingError', pattern: 'relation "\\w+" does not exist' }], message: 'Migrate first.' },
        { file: 'duplicate.py', when: [{ kind: 'raised', type: 'IntegrityError' }], message: 'That row is already there.' },
      ].map((m) => mistakeSchema.parse(m)),
    };
    const failing = (type: string, message: string) =>
      runOf({ ok: false, result: null, error: { type, message, line: 2, traceback: '', sqlstate: null } });
    expect((await gradeRun(withErrors, failing('ProgrammingError', 'relation "lab_loan" does not exist'), ctx)).mistake?.file).toBe('missing-table.py');
    expect((await gradeRun(withErrors, failing('IntegrityError', 'duplicate key value'), ctx)).mistake?.file).toBe('duplicate.py');
    expect((await gradeRun(withErrors, failing('ProgrammingError', 'column "due" does not exist'), ctx)).mistake).toBeNull();
    expect((await gradeRun(withErrors, runOf({ result: books }), ctx)).mistake).toBeNull();
  });

  it('names no mistake when one of its conditions does not hold', async () => {
    const run = runOf({ result: books, queries: nPlusOne(2), calls: [{ name: 'all', line: 1 }] });
    expect((await gradeRun(exercise, run, ctx)).mistake).toBeNull();
  });
});

describe('createGrader', () => {
  const learner = runOf({ result: books, queries: [query('SELECT 1')], calls: [{ name: 'select_related', line: 1 }] });

  it('runs the reference once (reset) and reuses it', async () => {
    const lab = fakeLab({ solution: runOf({ result: books }) });
    const grader = createGrader(exercise, lab);
    await grader.prepare();
    expect((await grader.grade(learner)).passed).toBe(true);
    expect((await grader.grade(learner)).passed).toBe(true);
    expect(lab.log).toEqual(['run solution reset=true']);
  });

  it('runs check.py and EXPLAIN on the database the learner left, before any reference run', async () => {
    const withState: ExerciseSpec = {
      ...exercise,
      checks: [{ kind: 'rows' }, { kind: 'python' }, { kind: 'usesIndex' }].map((c) => checkSchema.parse(c)),
      mistakes: [],
      checkSource: 'def check(result, queries, cursor):\n    return None\n',
    };
    const lab = fakeLab({ solution: runOf({ result: books }) });
    const originalRun = lab.run;
    lab.run = async (code, options) => (code.includes('_payload') ? runOf({ result: { kind: 'json', value: { pass: true, message: '' } } }) : originalRun(code, options));
    const report = await createGrader(withState, lab).grade(learner);
    expect(lab.log).toEqual(['explain SELECT 1', 'run solution reset=true']);
    expect(verdictMap(report)).toEqual({ rows: 'pass', python: 'pass', usesIndex: 'fail' });
  });

  it('retries a reference run that failed', async () => {
    const lab = fakeLab({ solution: runOf({ ok: false, error: { type: 'TimeoutError', message: 'slow', line: null, traceback: '', sqlstate: null } }) });
    const grader = createGrader(exercise, lab);
    expect((await grader.grade(learner)).verdicts[0].status).toBe('error');
    await grader.grade(learner);
    expect(lab.log.filter((l) => l.startsWith('run solution'))).toHaveLength(2);
  });
});
