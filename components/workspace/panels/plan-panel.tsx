'use client';
// The Plan tab: EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of the selected query, drawn as a tree.
// Stand-in renderer until the inspector's PlanTree lands: node type, relation and index,
// estimated vs actual rows, time; the slowest node marked, sequential scans called out.
import { useEffect, useState } from 'react';
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

  if (!sql) return <p className="p-3 text-sm text-zinc-500">Run code that queries the database, then pick a query: its plan appears here.</p>;
  if (!state || state.sql !== sql) return <p className="p-3 text-sm text-zinc-500" role="status">Explaining…</p>;
  if (state.error) return <p role="alert" className="p-3 font-mono text-xs text-red-700 dark:text-red-400">{state.error}</p>;
  const top = state.plan?.[0] as { Plan?: PlanNode; 'Planning Time'?: number; 'Execution Time'?: number } | undefined;
  if (!top?.Plan) return <p className="p-3 text-sm text-zinc-500">No plan.</p>;
  const slowest = slowestNode(top.Plan);
  return (
    <div className="space-y-2 p-3 text-xs">
      <p className="text-zinc-600 dark:text-zinc-400">
        Planning {fmt(top['Planning Time'])} ms · Execution {fmt(top['Execution Time'])} ms
      </p>
      <ul role="tree" aria-label="Query plan" className="font-mono">
        <PlanItem node={top.Plan} slowest={slowest} />
      </ul>
    </div>
  );
}

type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] };

function exclusiveTime(node: PlanNode): number {
  const total = Number(node['Actual Total Time'] ?? 0) * Number(node['Actual Loops'] ?? 1);
  const children = (node.Plans ?? []).reduce((sum, c) => sum + Number(c['Actual Total Time'] ?? 0) * Number(c['Actual Loops'] ?? 1), 0);
  return Math.max(0, total - children);
}

function slowestNode(root: PlanNode): PlanNode {
  let best = root;
  const visit = (node: PlanNode) => {
    if (exclusiveTime(node) > exclusiveTime(best)) best = node;
    node.Plans?.forEach(visit);
  };
  visit(root);
  return best;
}

function PlanItem({ node, slowest }: { node: PlanNode; slowest: PlanNode }) {
  const type = String(node['Node Type'] ?? '?');
  const relation = node['Relation Name'] ? ` on ${String(node['Relation Name'])}` : '';
  const index = node['Index Name'] ? ` using ${String(node['Index Name'])}` : '';
  const seq = type === 'Seq Scan';
  const isSlowest = node === slowest;
  return (
    <li role="treeitem" aria-selected={false} aria-expanded={node.Plans?.length ? true : undefined} className="my-1">
      <div className={`inline-block rounded border px-2 py-1 ${isSlowest ? 'border-red-400 bg-red-50 dark:border-red-800 dark:bg-red-950/40' : 'border-zinc-200 dark:border-zinc-800'}`}>
        <span className={`font-semibold ${seq ? 'text-amber-700 dark:text-amber-400' : ''}`}>{type}</span>
        {relation}
        {index}
        <span className="ml-2 text-zinc-500">
          rows {String(node['Plan Rows'] ?? '?')} est / {String(node['Actual Rows'] ?? '?')} actual · {fmt(exclusiveTime(node))} ms · cost {String(node['Total Cost'] ?? '?')}
        </span>
        {isSlowest && <span className="ml-2 text-red-700 dark:text-red-400">slowest</span>}
      </div>
      {node.Plans?.length ? (
        <ul role="group" className="ml-5 border-l border-zinc-200 pl-3 dark:border-zinc-800">
          {node.Plans.map((child, i) => (
            <PlanItem key={i} node={child} slowest={slowest} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function fmt(ms: unknown): string {
  const n = Number(ms);
  return Number.isFinite(n) ? n.toFixed(3) : '?';
}
