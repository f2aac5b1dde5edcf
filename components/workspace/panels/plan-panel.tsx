'use client';
// The Plan tab: asks the lab for EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of the selected query and
// hands it to the inspector's PlanTree. Each query is explained once per run.
import { useEffect, useState } from 'react';
import { PlanTree } from '@/components/inspector';
import type { ExplainPlan } from '@/lib/runtime/protocol';

interface PlanState {
  sql: string;
  plan: ExplainPlan[] | null;
  error: string | null;
}

export function PlanPanel({ sql, explain }: { sql: string | null; explain: (sql: string) => Promise<ExplainPlan[]> }) {
  const [state, setState] = useState<PlanState | null>(null);
  useEffect(() => {
    if (!sql) return;
    let current = true;
    explain(sql).then(
      (plan) => current && setState({ sql, plan, error: null }),
      (e: Error) => current && setState({ sql, plan: null, error: e.message }),
    );
    return () => {
      current = false;
    };
  }, [sql, explain]);

  const muted = 'p-3 text-sm text-zinc-500 dark:text-zinc-400';
  if (!sql) return <p className={muted}>Run code that queries the database and pick a query: its plan appears here.</p>;
  if (!state || state.sql !== sql) return <p className={muted}>Explaining the selected query…</p>;
  if (state.error || !state.plan) {
    return (
      <p role="alert" className="p-3 font-mono text-xs text-red-700 dark:text-red-400">
        {state.error ?? 'No plan.'}
      </p>
    );
  }
  return <PlanTree plan={state.plan} />;
}
