'use client';
// <SqlBlock>: SQL in the prose (```sql run), runnable as-is on the page's lab database.
import { useState, type ReactNode } from 'react';
import { useLab } from '@/components/workspace/lab-context';
import type { SqlResult } from '@/lib/runtime/protocol';
import { TablePreview } from './result-preview';

export function SqlBlock({ code, children }: { code: string; children: ReactNode }) {
  const lab = useLab();
  const [result, setResult] = useState<SqlResult | null>(null);
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      setResult(await lab.sql(code));
    } finally {
      setRunning(false);
    }
  };
  return (
    <div className="my-4">
      {children}
      <button
        type="button"
        onClick={run}
        disabled={running}
        className="mt-1 rounded-md border border-sky-600 px-3 py-1 text-sm font-medium text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600 disabled:opacity-60 dark:text-sky-300 dark:hover:bg-sky-950"
      >
        {running ? 'Running\u2026' : 'Run this SQL'}
      </button>
      {result ? (
        <div role="status" aria-label="SQL output" className="mt-2 rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800">
          {result.ok ? (
            <>
              <p className="font-medium">
                {result.rowCount} {result.rowCount === 1 ? 'row' : 'rows'} in {result.durationMs.toFixed(1)} ms
              </p>
              <TablePreview columns={result.columns} rows={result.rows} total={result.rowCount} />
            </>
          ) : (
            <p className="text-red-700 dark:text-red-400">
              {result.error?.sqlstate}: {result.error?.message}
            </p>
          )}
        </div>
      ) : null}
    </div>
  );
}
