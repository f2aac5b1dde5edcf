'use client';
// The Result tab: the value of the learner's code (table, JSON or text) and, after the SQL
// editor ran, the rows of that SQL beside it for comparison.
import type { ResultValue, RunResult, SqlResult } from '@/lib/runtime/protocol';
import { DataTable } from './data-table';

export function ResultPanel({ run, sqlRun }: { run: RunResult | null; sqlRun: { sql: string; result: SqlResult } | null }) {
  return (
    <div className={`grid gap-4 p-3 ${sqlRun ? 'lg:grid-cols-2' : ''}`}>
      <section aria-label="ORM result" className="min-w-0 space-y-2">
        {sqlRun && <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Your Python</h3>}
        {run ? <ValueView value={run.result} failed={!run.ok} /> : <p className="text-sm text-zinc-500">Run your code (Ctrl+Enter) to see its result.</p>}
      </section>
      {sqlRun && (
        <section aria-label="SQL result" className="min-w-0 space-y-2">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">Your SQL</h3>
          {sqlRun.result.ok ? (
            <DataTable label="SQL rows" columns={sqlRun.result.columns} rows={sqlRun.result.rows} rowCount={sqlRun.result.rowCount} truncated={sqlRun.result.truncated} />
          ) : (
            <p role="alert" className="font-mono text-xs text-red-700 dark:text-red-400">
              {sqlRun.result.error?.sqlstate ? `SQLSTATE ${sqlRun.result.error.sqlstate}: ` : ''}
              {sqlRun.result.error?.message}
              {sqlRun.result.error?.detail ? `\n${sqlRun.result.error.detail}` : ''}
            </p>
          )}
        </section>
      )}
    </div>
  );
}

function ValueView({ value, failed }: { value: ResultValue | null; failed: boolean }) {
  if (!value || value.kind === 'none') {
    return <p className="text-sm text-zinc-500">{failed ? 'No result: the run failed (see Console).' : 'No value (assign `result`, or end with an expression).'}</p>;
  }
  if (value.kind === 'table') {
    return <DataTable label="Result rows" columns={value.columns} rows={value.rows} rowCount={value.rowCount} truncated={value.truncated} />;
  }
  const text = value.kind === 'text' ? value.value : JSON.stringify(value.value, null, 2);
  return (
    <pre aria-label="Result value" className="overflow-auto whitespace-pre-wrap rounded border border-zinc-200 p-2 font-mono text-xs dark:border-zinc-800">
      {text}
    </pre>
  );
}
