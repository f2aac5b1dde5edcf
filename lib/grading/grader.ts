import type { ExplainPlan, RunResult } from '@/lib/runtime/protocol';
import { gradeRun } from './grade';
import type { ExerciseSpec, GradeReport } from './types';

/** What grading needs of a lab: LabClient (browser, Node worker) and LabEngine both fit. */
export interface GradingLab {
  run(code: string, options?: { reset?: boolean; timeLimitMs?: number }): Promise<RunResult>;
  explain(sql: string): Promise<ExplainPlan[]>;
}

export interface Grader {
  /** Runs the reference solution now (idle time after boot), so grading later resets nothing. */
  prepare(): Promise<void>;
  /** Grades a run of the learner's code that just happened on `lab`. */
  grade(run: RunResult): Promise<GradeReport>;
}

/**
 * Grading for one exercise on one lab. The reference solution's run is made once and kept
 * (its result only depends on the dataset); a failed reference run is retried next time.
 */
export function createGrader(exercise: ExerciseSpec, lab: GradingLab, options: { timeLimitMs?: number } = {}): Grader {
  let reference: Promise<RunResult> | null = null;
  const getReference = () => {
    reference ??= lab.run(exercise.solution, { reset: true, timeLimitMs: options.timeLimitMs }).then((run) => {
      if (!run.ok) reference = null;
      return run;
    });
    return reference;
  };
  const needsReference = exercise.checks.some((c) => c.kind === 'rows') || exercise.mistakes.some((m) => m.when.some((c) => c.kind === 'rows'));
  return {
    prepare: async () => {
      if (needsReference) await getReference();
    },
    grade: (run) =>
      gradeRun(exercise, run, {
        reference: getReference,
        explain: (sql) => lab.explain(sql),
        runPython: (code) => lab.run(code, { reset: false, timeLimitMs: options.timeLimitMs }),
        checkSource: exercise.checkSource,
      }),
  };
}
