'use client';
// The Queries tab: every statement Django sent, in order, with its duration, rows and the line
// that caused it (click: the editor shows that line); N+1 warnings on top. Selecting a query
// shows it in the SQL editor and makes it the Plan tab's query.
import { useMemo } from 'react';
import type { RunResult } from '@/lib/runtime/protocol';
import { readableSql } from '../sql-text';
import type { RepeatWarning } from '../query-insights';

export interface QueriesPanelProps {
  run: RunResult | null;
  warnings: RepeatWarning[];
  selected: number | null;
  onSelect: (index: number) => void;
  onRevealLine: (line: number) => void;
}

export function QueriesPanel({ run, warnings, selected, onSelect, onRevealLine }: QueriesPanelProps) {
  const formatted = useMemo(() => run?.queries.map((q) => readableSql(q.sql)) ?? [], [run]);
  if (!run) return <p className="p-3 text-sm text-zinc-500">The SQL your code sends appears here.</p>;
  if (run.queries.length === 0) return <p className="p-3 text-sm text-zinc-500">No queries: this run did not touch the database.</p>;
  return (
    <div className="space-y-3 p-3">
      {warnings.map((w) => (
        <div key={`${w.line}-${w.first}`} role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          <p className="font-medium">{w.message}</p>
          {w.fix && <p className="mt-1 text-xs">{w.fix}</p>}
          <button type="button" className="mt-1 text-xs underline decoration-dotted underline-offset-2" onClick={() => onRevealLine(w.line)}>
            Show line {w.line}
          </button>
        </div>
      ))}
      <ol aria-label="Queries" className="space-y-2">
        {run.queries.map((q, i) => (
          <li key={i} aria-current={selected === i ? 'true' : undefined} className={`rounded border text-xs ${selected === i ? 'border-emerald-600' : 'border-zinc-200 dark:border-zinc-800'}`}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-100 px-2 py-1 text-zinc-600 dark:border-zinc-900 dark:text-zinc-400">
              <span className="font-semibold text-zinc-800 dark:text-zinc-200">#{i + 1}</span>
              <span>{q.durationMs.toFixed(2)} ms</span>
              {q.rowCount >= 0 && <span>{q.rowCount} {q.rowCount === 1 ? 'row' : 'rows'}</span>}
              {q.error && <span className="text-red-700 dark:text-red-400">failed: {q.error}</span>}
              {q.line !== null && (
                <button type="button" onClick={() => onRevealLine(q.line!)} className="underline decoration-dotted underline-offset-2" aria-label={`Show line ${q.line} in the editor`}>
                  line {q.line}
                </button>
              )}
              <button type="button" onClick={() => onSelect(i)} className="ml-auto rounded px-1.5 hover:bg-zinc-100 dark:hover:bg-zinc-800" aria-pressed={selected === i} aria-label={`Open query ${i + 1} in the SQL editor`}>
                Open in SQL editor
              </button>
            </div>
            <pre className="overflow-x-auto whitespace-pre p-2 font-mono">{formatted[i]}</pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
