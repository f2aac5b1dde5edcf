'use client';
// <Solution>: the reference solution (solution.py, highlighted at build time) and the author's
// explanation, hidden until asked for. Before a first attempt the button says so.
import type { ReactNode } from 'react';
import { useLesson } from './lesson-context';

export function Solution({ children }: { children?: ReactNode }) {
  const { solution, solutionShown, showSolution, attempts, report } = useLesson();
  if (!solutionShown) {
    return (
      <button
        type="button"
        onClick={showSolution}
        aria-expanded={false}
        className="my-3 rounded-md border border-zinc-300 px-3 py-1 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-emerald-600 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        {attempts === 0 ? 'Show the solution (try the exercise first?)' : report?.passed ? 'Compare with the reference solution' : 'Show the solution'}
      </button>
    );
  }
  return (
    <section aria-label="Solution" className="my-4 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
      <h3 className="!mt-0 text-sm font-semibold">Solution</h3>
      <div className="lesson-solution-code">{solution}</div>
      {children ? <div className="mt-2">{children}</div> : null}
    </section>
  );
}
