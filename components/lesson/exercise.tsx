'use client';
// <Exercise>: the task, where the learner reads it. The code goes in the workspace; the
// verdicts land in its Checks tab, and a one-line status repeats them here.
import type { ReactNode } from 'react';
import { useLesson } from './lesson-context';

export function Exercise({ children }: { children: ReactNode }) {
  const { report, grading, lesson } = useLesson();
  const passing = report?.verdicts.filter((v) => v.status === 'pass').length ?? 0;
  const total = lesson.exercise?.checks.length ?? 0;
  return (
    <section aria-labelledby="exercise-heading" className="my-6 rounded-lg border-2 border-emerald-600/60 bg-emerald-50/60 p-4 dark:border-emerald-500/50 dark:bg-emerald-950/30">
      <h2 id="exercise-heading" className="!mt-0 text-base font-semibold text-emerald-800 dark:text-emerald-300">
        Exercise
      </h2>
      <div className="lesson-exercise-body">{children}</div>
      <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300" aria-live="polite">
        {grading
          ? 'Checking your run\u2026'
          : !report
            ? `Write your code in the editor and press Run: ${total} check${total === 1 ? '' : 's'} will grade it.`
            : report.passed
              ? 'Complete: every check passes.'
              : `${passing} of ${total} checks pass: see the Checks tab.`}
      </p>
    </section>
  );
}
