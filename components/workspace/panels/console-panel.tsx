'use client';
// The Console tab: what the code printed, then the error: a Python traceback trimmed to the
// learner's code (its line is marked in the editor), or a database error with its SQLSTATE.
import type { RunResult } from '@/lib/runtime/protocol';

export function ConsolePanel({ run, onRevealLine }: { run: RunResult | null; onRevealLine: (line: number) => void }) {
  if (!run) return <p className="p-3 text-sm text-zinc-500">Output and errors of your code appear here.</p>;
  const { error } = run;
  return (
    <div className="space-y-3 p-3 font-mono text-xs">
      {run.stdout ? (
        <pre aria-label="Output" className="whitespace-pre-wrap">
          {run.stdout}
        </pre>
      ) : (
        !error && <p className="font-sans text-sm text-zinc-500">The code printed nothing.</p>
      )}
      {error && (
        <div role="alert" className="space-y-1 rounded border border-red-300 bg-red-50 p-2 text-red-900 dark:border-red-900 dark:bg-red-950/40 dark:text-red-200">
          <p className="font-semibold">
            {error.type}
            {error.sqlstate ? ` (SQLSTATE ${error.sqlstate})` : ''}: {error.message}
          </p>
          {error.line !== null && (
            <button type="button" onClick={() => onRevealLine(error.line!)} className="underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-emerald-600">
              line {error.line}
            </button>
          )}
          {error.traceback && <pre className="whitespace-pre-wrap text-[11px] opacity-80">{error.traceback}</pre>}
        </div>
      )}
    </div>
  );
}
