'use client';
// The Result tab: the value of the learner's code (the inspector's ResultView) and, after the
// SQL editor ran, the rows of that SQL beside it for comparison.
import { ResultView } from '@/components/inspector';
import type { RunResult, SqlResult } from '@/lib/runtime/protocol';
import { DataTable } from './data-table';

export function ResultPanel({ run, sqlRun }: { run: RunResult | null; sqlRun: { sql: string; result: SqlResult } | null }) {
  const heading = 'px-3 pt-3 text-xs font-semibold tracking-wide text-zinc-500 uppercase';
  return (
    <div className={`grid ${sqlRun ? 'lg:grid-cols-2' : ''}`}>
      <section aria-label="ORM result" className="min-w-0">
        {sqlRun && <h3 className={heading}>Your Python</h3>}
        <ResultView result={run?.result ?? null} failed={run ? !run.ok : false} />
      </section>
      {sqlRun && (
        <section aria-label="SQL result" className="min-w-0 space-y-2 pb-3">
          <h3 className={heading}>Your SQL</h3>
          <div className="px-3">
            {sqlRun.result.ok ? (
              <DataTable label="SQL rows" columns={sqlRun.result.columns} rows={sqlRun.result.rows} rowCount={sqlRun.result.rowCount} truncated={sqlRun.result.truncated} />
            ) : (
              <p role="alert" className="font-mono text-xs whitespace-pre-wrap text-red-700 dark:text-red-400">
                {sqlRun.result.error?.sqlstate ? `SQLSTATE ${sqlRun.result.error.sqlstate}: ` : ''}
                {sqlRun.result.error?.message}
                {sqlRun.result.error?.detail ? `\n${sqlRun.result.error.detail}` : ''}
              </p>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
