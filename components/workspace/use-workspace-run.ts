'use client';
// Run state of one workspace: the last run (code + result), the selected query, the SQL
// editor's own run. A newer run supersedes an older one (LabClient cancels it; its late
// "Cancelled" result is ignored here).
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { RunResult, SqlResult } from '@/lib/runtime/protocol';
import type { Lab } from './lab-context';

export interface LastRun {
  code: string;
  result: RunResult;
}

export function useWorkspaceRun(lab: Lab, timeLimitMs: number | undefined, onResult?: (code: string, result: RunResult) => void) {
  const [last, setLast] = useState<LastRun | null>(null);
  const [running, setRunning] = useState(false);
  /** Runs finished so far (tests and benchmarks wait for the next one). */
  const [completed, setCompleted] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const [sqlRun, setSqlRun] = useState<{ sql: string; result: SqlResult } | null>(null);
  const [sqlRunning, setSqlRunning] = useState(false);
  const generation = useRef(0);
  const onResultRef = useRef(onResult);
  useLayoutEffect(() => {
    onResultRef.current = onResult;
  });

  const run = useCallback(
    async (code: string, models?: string): Promise<LastRun | null> => {
      const mine = ++generation.current;
      setRunning(true);
      const result = await lab.run(code, { ...(timeLimitMs ? { timeLimitMs } : {}), ...(models !== undefined ? { models } : {}) });
      if (mine !== generation.current) return null; // superseded by a newer run
      setRunning(false);
      const next = { code, result };
      setLast(next);
      setCompleted((n) => n + 1);
      setSqlRun(null);
      setSelected(result.queries.length ? 0 : null);
      onResultRef.current?.(code, result);
      return next;
    },
    [lab, timeLimitMs],
  );

  const runSql = useCallback(
    async (sql: string) => {
      setSqlRunning(true);
      try {
        setSqlRun({ sql, result: await lab.sql(sql) });
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        setSqlRun({ sql, result: { ok: false, columns: [], rows: [], rowCount: 0, truncated: false, durationMs: 0, error: { sqlstate: '', message, detail: null } } });
      } finally {
        setSqlRunning(false);
      }
    },
    [lab],
  );

  return { last, running, completed, selected, setSelected, run, sqlRun, sqlRunning, runSql, clearSqlRun: () => setSqlRun(null) };
}
