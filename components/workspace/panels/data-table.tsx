'use client';
// A result table with pages of 50 rows: columns, the exact row count, and a note when the lab
// kept fewer rows than the query returned.
import { useState } from 'react';
import { Button } from '@/components/ui/button';

const PAGE = 50;

export interface DataTableProps {
  label: string;
  columns: string[];
  rows: unknown[][];
  /** Rows the query returned (rows.length may be fewer: the lab caps what it sends). */
  rowCount: number;
  truncated: boolean;
}

export function DataTable({ label, columns, rows, rowCount, truncated }: DataTableProps) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE, (current + 1) * PAGE);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span data-testid="row-count">
          {rowCount} {rowCount === 1 ? 'row' : 'rows'}
        </span>
        {truncated && <span>· showing the first {rows.length} (output capped)</span>}
        {pages > 1 && (
          <span className="ml-auto inline-flex items-center gap-1" role="group" aria-label={`${label} pages`}>
            <Button variant="ghost" className="h-6 px-2" onClick={() => setPage(current - 1)} disabled={current === 0} aria-label="Previous page">
              ‹
            </Button>
            <span aria-live="polite">
              rows {current * PAGE + 1}–{current * PAGE + shown.length} of {rows.length}
            </span>
            <Button variant="ghost" className="h-6 px-2" onClick={() => setPage(current + 1)} disabled={current >= pages - 1} aria-label="Next page">
              ›
            </Button>
          </span>
        )}
      </div>
      <div className="overflow-auto rounded border border-zinc-200 dark:border-zinc-800">
        <table aria-label={label} className="w-full border-collapse text-left font-mono text-xs">
          <thead className="sticky top-0 bg-zinc-50 dark:bg-zinc-900">
            <tr>
              {columns.map((c, i) => (
                <th key={i} scope="col" className="border-b border-zinc-200 px-2 py-1 font-semibold dark:border-zinc-800">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={current * PAGE + i} className="odd:bg-white even:bg-zinc-50/60 dark:odd:bg-zinc-950 dark:even:bg-zinc-900/40">
                {row.map((value, j) => (
                  <td key={j} className="max-w-[24rem] truncate border-b border-zinc-100 px-2 py-0.5 dark:border-zinc-900" title={cellText(value)}>
                    {value === null ? <span className="text-zinc-400">NULL</span> : cellText(value)}
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

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
