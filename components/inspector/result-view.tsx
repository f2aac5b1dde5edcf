'use client';
// The value of the learner's code: a table (querysets, values(), lists of rows), pretty JSON,
// text, or "no value". Long tables are paged; the row count is always the exact one, even when
// the engine kept only the first rows.
import { useState } from 'react';
import type { ResultValue } from '@/lib/runtime/protocol';
import { count, plural } from './format-number';

export interface ResultViewProps {
  /** Null before the first run. */
  result: ResultValue | null;
  /** Rows per page of a table. */
  pageSize?: number;
  /** The run failed (there is no value because of the error, not because none was asked for). */
  failed?: boolean;
}

const muted = 'p-3 text-sm text-zinc-500 dark:text-zinc-400';

export function ResultView({ result, pageSize = 50, failed = false }: ResultViewProps) {
  if (failed && (!result || result.kind === 'none')) return <p className={muted}>The run stopped with an error before it had a value: see the Console.</p>;
  if (!result) return <p className={muted}>Run your code: its value appears here.</p>;
  switch (result.kind) {
    case 'table':
      // Keyed by the table itself so a new run starts again on page 1.
      return <ResultTable key={`${result.columns.join('\u0000')}:${result.rowCount}`} table={result} pageSize={pageSize} />;
    case 'json':
      return (
        <pre aria-label="Result (JSON)" className="overflow-auto p-3 font-mono text-xs whitespace-pre-wrap">
          {JSON.stringify(result.value, null, 2)}
        </pre>
      );
    case 'text':
      return (
        <pre aria-label="Result (text)" className="overflow-auto p-3 font-mono text-xs whitespace-pre-wrap">
          {result.value}
        </pre>
      );
    case 'none':
      return (
        <p className={muted}>
          No value: the code ran, but its last line is not an expression and it assigns no <code className="font-mono">result</code>.
        </p>
      );
  }
}

const NUMBER = /^-?\d+(\.\d+)?$/;

type Table = Extract<ResultValue, { kind: 'table' }>;

function Cell({ value }: { value: unknown }) {
  if (value === null || value === undefined) {
    return <span className="rounded bg-zinc-100 px-1 text-[0.7rem] font-semibold tracking-wide text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400">NULL</span>;
  }
  if (typeof value === 'object') return <span className="font-mono">{JSON.stringify(value)}</span>;
  if (typeof value === 'boolean') return <span className="font-mono">{value ? 'True' : 'False'}</span>;
  if (value === '') return <span className="text-zinc-400 italic dark:text-zinc-500">(empty)</span>;
  return <>{String(value)}</>;
}

function ResultTable({ table, pageSize }: { table: Table; pageSize: number }) {
  const [page, setPage] = useState(0);
  const kept = table.rows.length;
  const pages = Math.max(1, Math.ceil(kept / pageSize));
  const current = Math.min(page, pages - 1);
  const first = current * pageSize;
  const rows = table.rows.slice(first, first + pageSize);
  // Decimals arrive as strings ("19.99"): a column of numbers either way is right-aligned.
  const numeric = table.columns.map(
    (_, c) => table.rows.some((r) => r[c] !== null) && table.rows.every((r) => r[c] === null || typeof r[c] === 'number' || (typeof r[c] === 'string' && NUMBER.test(r[c]))),
  );

  const range = kept === 0 ? 'no rows' : `rows ${count(first + 1)}–${count(first + rows.length)} of ${count(kept)}`;
  return (
    <div className="flex min-h-0 flex-col text-sm">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-zinc-200 px-3 py-1.5 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        <span className="font-medium text-zinc-800 dark:text-zinc-200">{plural(table.rowCount, 'row')}</span>
        {table.truncated && (
          <span>
            showing the first {count(kept)} of {count(table.rowCount)}
          </span>
        )}
        {pages > 1 && (
          <nav aria-label="Result pages" className="ml-auto flex items-center gap-2">
            <button
              type="button"
              onClick={() => setPage(current - 1)}
              disabled={current === 0}
              className="rounded border border-zinc-300 px-2 py-0.5 enabled:hover:bg-zinc-100 disabled:opacity-40 dark:border-zinc-700 dark:enabled:hover:bg-zinc-800"
            >
              Previous
            </button>
            <span aria-live="polite" className="tabular-nums">
              {range}
            </span>
            <button
              type="button"
              onClick={() => setPage(current + 1)}
              disabled={current >= pages - 1}
              className="rounded border border-zinc-300 px-2 py-0.5 enabled:hover:bg-zinc-100 disabled:opacity-40 dark:border-zinc-700 dark:enabled:hover:bg-zinc-800"
            >
              Next
            </button>
          </nav>
        )}
      </div>
      <div className="min-h-0 overflow-auto">
        <table className="w-full border-collapse text-left text-xs">
          <caption className="sr-only">
            Result: {plural(table.rowCount, 'row')}, {range}
          </caption>
          <thead className="sticky top-0 bg-zinc-50 dark:bg-zinc-900">
            <tr>
              <th scope="col" className="w-10 border-b border-zinc-200 px-2 py-1 text-right font-normal text-zinc-400 dark:border-zinc-800">
                <span className="sr-only">Row</span>#
              </th>
              {table.columns.map((c, i) => (
                <th key={i} scope="col" className={`border-b border-zinc-200 px-2 py-1 font-mono font-semibold whitespace-nowrap dark:border-zinc-800 ${numeric[i] ? 'text-right' : ''}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={first + r} className="odd:bg-white even:bg-zinc-50/60 dark:odd:bg-zinc-950 dark:even:bg-zinc-900/40">
                <td className="px-2 py-1 text-right text-zinc-400 tabular-nums">{first + r + 1}</td>
                {table.columns.map((_, c) => (
                  <td
                    key={c}
                    title={typeof row[c] === 'string' && row[c].length > 40 ? row[c] : undefined}
                    className={`max-w-[28rem] truncate px-2 py-1 align-top ${numeric[c] ? 'text-right tabular-nums' : ''}`}
                  >
                    <Cell value={row[c]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
