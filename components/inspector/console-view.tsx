'use client';
// The Console tab: what the code printed, then the error if the run failed: its type and
// message, the SQLSTATE of a database error, the traceback trimmed to the learner's frames, and
// a way to the line where it happened.
import type { RunError } from '@/lib/runtime/protocol';

export interface ConsoleViewProps {
  stdout: string;
  error: RunError | null;
  onRevealLine?: (line: number) => void;
}

/** The traceback's frames without its last line, which repeats the type and message. */
function frames(error: RunError): string {
  const text = error.traceback.trimEnd();
  const type = error.type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = text.search(new RegExp(`\\n[\\w.]*${type}\\b`));
  return at > 0 ? text.slice(0, at) : text;
}

export function ConsoleView({ stdout, error, onRevealLine }: ConsoleViewProps) {
  return (
    <div className="space-y-3 p-3 text-sm">
      <section aria-label="Printed output">
        {stdout ? (
          <pre className="overflow-x-auto rounded bg-zinc-50 p-2 font-mono text-xs whitespace-pre-wrap dark:bg-zinc-900">{stdout}</pre>
        ) : (
          <p className="text-zinc-500 dark:text-zinc-400">
            Nothing printed. <code className="font-mono">print()</code> output appears here.
          </p>
        )}
      </section>
      {error && (
        <section role="alert" aria-label="Error" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-50">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-mono font-semibold">{error.type}</span>
            {error.sqlstate && (
              <span className="rounded bg-red-200 px-1.5 py-0.5 font-mono text-xs dark:bg-red-900" title="PostgreSQL's error code">
                SQLSTATE {error.sqlstate}
              </span>
            )}
            {error.line !== null && onRevealLine && (
              <button
                type="button"
                onClick={() => onRevealLine(error.line!)}
                className="ml-auto rounded border border-red-300 px-2 py-0.5 text-xs hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-600 dark:border-red-700 dark:hover:bg-red-900/60"
              >
                Go to line {error.line}
              </button>
            )}
            {error.line !== null && !onRevealLine && <span className="ml-auto text-xs">line {error.line}</span>}
          </div>
          <pre className="mt-2 font-mono text-xs whitespace-pre-wrap">{error.message}</pre>
          {error.traceback && frames(error).trim() && (
            <details open className="mt-2">
              <summary className="cursor-pointer text-xs font-medium">Traceback</summary>
              <pre className="mt-1 overflow-x-auto font-mono text-xs whitespace-pre-wrap opacity-90">{frames(error)}</pre>
            </details>
          )}
        </section>
      )}
    </div>
  );
}
