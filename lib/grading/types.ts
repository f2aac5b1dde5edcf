import type { CheckKind, CheckSpec, MistakeSpec } from '@/lib/lessons/checks-schema';
import type { ExplainPlan, RunResult } from '@/lib/runtime/protocol';

// Grading turns a run of the learner's code into verdicts. It is plain TypeScript with its
// effects passed in (the reference run, EXPLAIN, running check.py), so the browser grades with
// the lab worker's client and lessons:verify with the Node engine, through the same code.

export type VerdictStatus = 'pass' | 'fail' | 'error';

export interface Verdict {
  /** The check's id (its `id`, else its kind): the key progress records verdicts under. */
  id: string;
  kind: CheckKind;
  /** What was checked, in the learner's words ("At most 1 query"). */
  title: string;
  /** pass / fail; error when the check itself could not run (an authoring problem). */
  status: VerdictStatus;
  /** Plain explanation of this verdict ("You ran 51 queries (50 of them on line 3)."). */
  detail: string;
}

export interface GradeReport {
  verdicts: Verdict[];
  /** Every check passed: the exercise is complete. */
  passed: boolean;
  /** The known mistake this run matches, whose message replaces the generic failure. */
  mistake: { file: string; message: string } | null;
}

/** The effects a check may need. */
export interface GradingContext {
  /** The reference solution's run on the same dataset (cached by the caller). */
  reference(): Promise<RunResult>;
  /** EXPLAIN (ANALYZE, FORMAT JSON) on the lab's current database. */
  explain(sql: string): Promise<ExplainPlan[]>;
  /** Runs Python on the lab's current database, without resetting it (for check.py). */
  runPython(code: string): Promise<RunResult>;
  /** The lesson's check.py, when it has one. */
  checkSource: string | null;
}

/** What a lesson's exercise is graded on. */
export interface ExerciseSpec {
  checks: CheckSpec[];
  mistakes: MistakeSpec[];
  solution: string;
  checkSource: string | null;
}

/** One check's outcome before it is dressed as a Verdict. */
export interface Outcome {
  ok: boolean;
  detail: string;
  /** The check could not be evaluated (EXPLAIN failed, check.py raised, no reference result). */
  error?: boolean;
}
