'use client';
// Developer page: boots the lab worker in this browser and runs a snippet (the Playwright
// engine test drives it). `?timeLimit=MS` sets the run time limit. Not the learner workspace, but
// it runs whatever code is typed, so its lab is sandboxed like the workspace's (docs/security.md).
import { useEffect, useRef, useState } from 'react';
import { sandboxedLabClient } from '@/lib/lab-frame/lab-client';
import { fetchRuntimeBase, type LabClient, type LabStatus } from '@/lib/runtime/client';
import type { BootProgress, RunResult } from '@/lib/runtime/protocol';

const DEFAULT_CODE = 'Book.objects.select_related("author").filter(price__lt=10)[:5]';

export default function LabCheckPage() {
  const client = useRef<LabClient | null>(null);
  const [status, setStatus] = useState<LabStatus | 'loading'>('loading');
  const [progress, setProgress] = useState<BootProgress | null>(null);
  const [bootMs, setBootMs] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [code, setCode] = useState(DEFAULT_CODE);
  const [result, setResult] = useState<RunResult | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    let disposed = false;
    const timeLimitMs = Number(new URLSearchParams(location.search).get('timeLimit')) || undefined;
    fetchRuntimeBase().then(
      (base) => {
        if (disposed) return;
        const lab = sandboxedLabClient(base, 'bookstore', {
          timeLimitMs,
          onProgress: setProgress,
          onStatus: (s) => {
            setStatus(s);
            if (s === 'ready') setBootMs(lab.bootMs);
          },
        });
        client.current = lab;
        lab.ready().catch((e: Error) => setFailure(e.message));
      },
      (e: Error) => setFailure(e.message),
    );
    return () => {
      disposed = true;
      client.current?.dispose();
      client.current = null;
    };
  }, []);

  async function run() {
    if (!client.current) return;
    setRunning(true);
    setResult(await client.current.run(code));
    setRunning(false);
  }

  return (
    <main className="mx-auto max-w-4xl space-y-4 p-6">
      <h1 className="text-2xl font-semibold">Engine check</h1>
      <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
        {failure ? `Failed: ${failure}` : statusText(status, progress, bootMs)}
      </p>
      <label className="block text-sm font-medium" htmlFor="lab-code">Code</label>
      <textarea
        id="lab-code"
        className="h-32 w-full rounded border border-zinc-300 p-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-900"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        spellCheck={false}
      />
      <button type="button" onClick={run} className="rounded bg-zinc-900 px-4 py-1.5 text-white dark:bg-zinc-100 dark:text-zinc-900">
        Run
      </button>
      {running && <p className="text-sm">Running…</p>}
      {result && <RunOutput result={result} />}
    </main>
  );
}

function RunOutput({ result }: { result: RunResult }) {
  const table = result.result?.kind === 'table' ? result.result : null;
  return (
    <section aria-label="Run output" className="space-y-3">
      <p>
        queryCount: <strong>{result.queryCount}</strong> · {result.durationMs.toFixed(0)} ms
      </p>
      {result.error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {result.error.type}: {result.error.message}
        </p>
      )}
      <ol aria-label="Queries" className="list-decimal space-y-1 pl-6">
        {result.queries.map((q, i) => (
          <li key={i}>
            <pre className="whitespace-pre-wrap font-mono text-xs">{q.sql}</pre>
          </li>
        ))}
      </ol>
      {table && (
        <table aria-label="Result" className="text-xs">
          <thead>
            <tr>{table.columns.map((c) => <th key={c} className="px-2 text-left">{c}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>{row.map((v, j) => <td key={j} className="px-2">{JSON.stringify(v)}</td>)}</tr>
            ))}
          </tbody>
        </table>
      )}
      {(result.result?.kind === 'json' || result.result?.kind === 'text') && (
        <pre className="font-mono text-xs">{JSON.stringify(result.result.value, null, 2)}</pre>
      )}
      {result.stdout && <pre className="font-mono text-xs">{result.stdout}</pre>}
    </section>
  );
}

function statusText(status: LabStatus | 'loading', progress: BootProgress | null, bootMs: number | null): string {
  if (status === 'ready') return `Ready (booted in ${bootMs ?? '?'} ms)`;
  if (status === 'running') return 'Running';
  if (status === 'disposed') return 'Closed';
  if (!progress) return 'Starting the lab…';
  if (progress.phase === 'download' && progress.total) {
    return `Booting: downloaded ${(progress.loaded! / 1e6).toFixed(1)} of ${(progress.total / 1e6).toFixed(1)} MB`;
  }
  return `Booting: ${progress.phase}`;
}
