// One node of the plan tree as a card: what it does (type, table, index), how long it took by
// itself and its share of the run (bar), rows estimated vs actual with a marker when the planner
// was far off, rows thrown away, buffers, and its conditions.
import type { ReactNode } from 'react';
import { nodeTitle } from '@/lib/explain/describe';
import type { PlanNode } from '@/lib/explain/types';
import { count, ms, percent } from './format-number';

export interface PlanNodeCardProps {
  node: PlanNode;
  /** Share of the bar: the node's % of execution time (ANALYZE) or of the total cost. */
  share: number;
  analyzed: boolean;
}

/** How far off an estimate must be before it is pointed out (like explain.depesz's colours). */
const MISESTIMATE_WARN = 10;
const MISESTIMATE_NOTE = 2;

function Badge({ tone, children }: { tone: 'amber' | 'red' | 'sky' | 'zinc'; children: ReactNode }) {
  const tones = {
    amber: 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
    red: 'bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100',
    sky: 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100',
    zinc: 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200',
  };
  return <span className={`rounded px-1.5 py-0.5 text-[0.7rem] font-semibold ${tones[tone]}`}>{children}</span>;
}

function Rows({ node }: { node: PlanNode }) {
  const a = node.actual;
  if (!a) return <span>est. {count(node.planRows)} rows</span>;
  if (a.neverExecuted) return <span className="italic">never executed</span>;
  const m = node.misestimate;
  const loops = a.loops > 1 ? ` × ${count(a.loops)} loops` : '';
  const tone = m && m.factor >= MISESTIMATE_WARN ? 'text-red-700 dark:text-red-400 font-semibold' : 'text-amber-700 dark:text-amber-400';
  return (
    <span>
      {count(a.rows)} rows{loops} <span className="text-zinc-400 dark:text-zinc-500">(est. {count(node.planRows)})</span>
      {m && m.factor >= MISESTIMATE_NOTE && (
        <span className={`ml-1 ${tone}`} title={m.direction === 'under' ? 'More rows than the planner expected' : 'Fewer rows than the planner expected'}>
          {m.direction === 'under' ? '▲' : '▼'} {count(m.factor)}× {m.direction === 'under' ? 'under' : 'over'}-estimated
        </span>
      )}
    </span>
  );
}

export function PlanNodeCard({ node, share, analyzed }: PlanNodeCardProps) {
  const a = node.actual;
  const removed = [
    node.rowsRemovedByFilter ? `${count(node.rowsRemovedByFilter)} removed by filter` : null,
    node.rowsRemovedByJoinFilter ? `${count(node.rowsRemovedByJoinFilter)} removed by join filter` : null,
    node.rowsRemovedByIndexRecheck ? `${count(node.rowsRemovedByIndexRecheck)} removed by recheck` : null,
    node.heapFetches ? `${count(node.heapFetches)} heap fetches` : null,
  ].filter(Boolean);
  const heavy = node.flags.mostExpensive;
  return (
    <div
      className={`plan-row rounded-md border px-2.5 py-1.5 ${heavy ? 'border-red-400 bg-red-50/70 dark:border-red-700 dark:bg-red-950/30' : 'border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950'}`}
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {node.subplanName && <Badge tone="sky">{node.subplanName}</Badge>}
        {!node.subplanName && node.parentRelationship && node.parentRelationship !== 'Outer' && node.depth > 0 && (
          <span className="text-[0.7rem] text-zinc-400 uppercase">{node.parentRelationship}</span>
        )}
        <span className={`font-semibold ${node.flags.seqScan ? 'text-amber-800 dark:text-amber-300' : ''}`}>{nodeTitle(node)}</span>
        {node.flags.seqScan && <Badge tone="amber">reads the whole table</Badge>}
        {node.flags.indexOnlyScan && <Badge tone="sky">index only</Badge>}
        {heavy && <Badge tone="red">{analyzed ? 'slowest step' : 'costliest step'}</Badge>}
      </div>

      <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="flex items-center gap-2">
          <span
            className="relative h-2 w-24 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800"
            role="meter"
            aria-label={analyzed ? 'Share of execution time' : 'Share of total cost'}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(share)}
          >
            <span className={`absolute inset-y-0 left-0 ${heavy ? 'bg-red-500' : 'bg-emerald-500'}`} style={{ width: `${Math.max(share, share > 0 ? 2 : 0)}%` }} />
          </span>
          {a ? (
            <span className="tabular-nums">
              <span className="font-medium text-zinc-900 dark:text-zinc-100">{ms(a.exclusiveMs)}</span> {percent(share)}
            </span>
          ) : (
            <span className="tabular-nums">
              cost <span className="font-medium text-zinc-900 dark:text-zinc-100">{count(node.exclusiveCost)}</span> {percent(share)}
            </span>
          )}
        </span>
        <Rows node={node} />
        {removed.length > 0 && <span>{removed.join(' · ')}</span>}
        {node.exclusiveBuffers && node.exclusiveBuffers.sharedHit + node.exclusiveBuffers.sharedRead > 0 && (
          <span title="Shared buffers: pages found in memory (hit) and read from disk (read), by this step alone">
            buffers {count(node.exclusiveBuffers.sharedHit)} hit{node.exclusiveBuffers.sharedRead ? ` · ${count(node.exclusiveBuffers.sharedRead)} read` : ''}
          </span>
        )}
        {a && <span className="text-zinc-400 dark:text-zinc-500">incl. children {ms(a.inclusiveMs)}</span>}
        <span className="text-zinc-400 dark:text-zinc-500">cost {count(node.startupCost)}..{count(node.totalCost)}</span>
      </div>

      {node.conditions.length > 0 && (
        <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-2 text-xs">
          {node.conditions.map((c) => (
            <div key={c.label} className="contents">
              <dt className="text-zinc-500 dark:text-zinc-400">{c.label}</dt>
              <dd className="font-mono break-all text-zinc-800 dark:text-zinc-200">{c.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {node.details.length > 0 && (
        <p className="mt-1 text-[0.7rem] text-zinc-500 dark:text-zinc-400">{node.details.map((d) => `${d.label}: ${d.value}`).join(' · ')}</p>
      )}
    </div>
  );
}
