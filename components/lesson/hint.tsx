'use client';
// <Hint>: hints open one at a time, in the order they appear (the remark step numbers them).
import type { ReactNode } from 'react';
import { useLesson } from './lesson-context';

export function Hint({ index = '0', children }: { index?: string; children: ReactNode }) {
  const { hintsShown, showNextHint } = useLesson();
  const n = Number(index);
  if (n < hintsShown) {
    return (
      <aside aria-label={`Hint ${n + 1}`} className="my-3 rounded-md border-l-4 border-sky-500 bg-sky-50 px-4 py-2 dark:bg-sky-950/40">
        <p className="!my-0 text-xs font-semibold uppercase tracking-wide text-sky-800 dark:text-sky-300">Hint {n + 1}</p>
        <div className="lesson-hint-body">{children}</div>
      </aside>
    );
  }
  if (n > hintsShown) return null;
  return (
    <button
      type="button"
      onClick={showNextHint}
      aria-expanded={false}
      className="my-2 rounded-md border border-sky-400 px-3 py-1 text-sm font-medium text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300 dark:hover:bg-sky-950"
    >
      Show hint {n + 1}
    </button>
  );
}
