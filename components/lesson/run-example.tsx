'use client';
// "Run this": a Python example in the prose (```python run). Runs in the page's lab from the
// pristine dataset and shows what the inspector would: query count, the SQL, the value.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useLab } from '@/components/workspace/lab-context';
import type { RunResult } from '@/lib/runtime/protocol';
import { useCompareRegistration } from './compare';
import { ValuePreview } from './result-preview';

const SHOWN_QUERIES = 3;

export function RunExample({ code, children }: { code: string; children: ReactNode }) {
  const lab = useLab();
  const [result, setResult] = useState<RunResult | null>(null);
  const [running, setRunning] = useState(false);
  const run = useCallback(async () => {
    setRunning(true);
    setResult(await lab.run(code));
    setRunning(false);
  }, [lab, code]);
  const register = useCompareRegistration();
  useEffect(() => register?.(run), [register, run]);

  return (
    <div className="my-4">
      {children}
      <button
        type="button"
        onClick={run}
        disabled={running}
        className="mt-1 rounded-md border border-emerald-600 px-3 py-1 text-sm font-medium text-emerald-800 hover:bg-emerald-50 focus-visible:outline-2 focus-visible:outline-emerald-600 disabled:opacity-60 dark:text-emerald-300 dark:hover:bg-emerald-950"
      >
        {running ? (lab.status === 'ready' || lab.status === 'running' ? 'Running\u2026' : 'Starting the lab\u2026') : 'Run this'}
      </button>
      {result ? (
        <div role="status" aria-label="Example output" className="mt-2 space-y-2 rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800">
          {result.ok ? (
            <p className="font-medium">
              {result.queryCount} {result.queryCount === 1 ? 'query' : 'queries'} in {result.durationMs.toFixed(0)} ms
            </p>
          ) : (
            <p className="font-medium text-red-700 dark:text-red-400">
              {result.error?.type}: {result.error?.message}
            </p>
          )}
          {result.queries.slice(0, SHOWN_QUERIES).map((q, i) => (
            <pre key={i} className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-900">
              {q.sql}
            </pre>
          ))}
          {result.queries.length > SHOWN_QUERIES ? (
            <p className="text-xs text-zinc-600 dark:text-zinc-400">{'\u2026'}and {result.queries.length - SHOWN_QUERIES} more</p>
          ) : null}
          <ValuePreview value={result.result} />
        </div>
      ) : null}
    </div>
  );
}
