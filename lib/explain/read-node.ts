// One EXPLAIN (FORMAT JSON) node -> a PlanNode with the fields as PostgreSQL reported them.
// Figures that depend on the rest of the tree (own time, share, most expensive) come later
// (metrics.ts). Unknown or missing keys are tolerated: older servers and plans without ANALYZE
// or BUFFERS simply leave those parts null.
import type { ExplainPlan } from '../runtime/protocol';
import type { Buffers, PlanCondition, PlanNode } from './types';

/** Shown in this order; PostgreSQL emits only those that apply. */
const CONDITIONS = ['Index Cond', 'Recheck Cond', 'Hash Cond', 'Merge Cond', 'Join Filter', 'Filter', 'One-Time Filter', 'Order By', 'Cache Key', 'Sort Key', 'Presorted Key', 'Group Key', 'Hash Key'];

/** Extra facts shown as label: value. */
const DETAILS: [key: string, label: string, unit?: string][] = [
  ['Sort Method', 'Sort method'],
  ['Sort Space Used', 'Sort space', 'kB'],
  ['Sort Space Type', 'Sort space type'],
  ['Hash Buckets', 'Hash buckets'],
  ['Hash Batches', 'Hash batches'],
  ['Peak Memory Usage', 'Peak memory', 'kB'],
  ['Exact Heap Blocks', 'Exact heap blocks'],
  ['Lossy Heap Blocks', 'Lossy heap blocks'],
  ['Index Searches', 'Index searches'],
  ['Workers Planned', 'Workers planned'],
  ['Workers Launched', 'Workers launched'],
  ['Cache Hits', 'Cache hits'],
  ['Cache Misses', 'Cache misses'],
  ['Storage', 'Storage'],
  ['Maximum Storage', 'Maximum storage', 'kB'],
];

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function conditions(raw: ExplainPlan): PlanCondition[] {
  const out: PlanCondition[] = [];
  for (const label of CONDITIONS) {
    const v = raw[label];
    if (typeof v === 'string') out.push({ label, text: v });
    else if (Array.isArray(v) && v.length) out.push({ label, text: v.map(String).join(', ') });
  }
  return out;
}

function buffers(raw: ExplainPlan): Buffers | null {
  if (num(raw['Shared Hit Blocks']) === null && num(raw['Shared Read Blocks']) === null) return null;
  const n = (k: string) => num(raw[k]) ?? 0;
  return {
    sharedHit: n('Shared Hit Blocks'),
    sharedRead: n('Shared Read Blocks'),
    sharedDirtied: n('Shared Dirtied Blocks'),
    sharedWritten: n('Shared Written Blocks'),
    tempRead: n('Temp Read Blocks'),
    tempWritten: n('Temp Written Blocks'),
  };
}

/** Rows removed are reported per loop (averaged); the node shows totals. */
function removed(raw: ExplainPlan, key: string, loops: number): number | null {
  const v = num(raw[key]);
  return v === null ? null : Math.round(v * Math.max(loops, 1));
}

export function readNode(raw: ExplainPlan, id: number, depth: number): PlanNode {
  const nodeType = str(raw['Node Type']) ?? 'Unknown';
  const loops = num(raw['Actual Loops']);
  const parallel = raw['Parallel Aware'] === true;
  const index = str(raw['Index Name']);
  return {
    id,
    depth,
    nodeType,
    parentRelationship: str(raw['Parent Relationship']),
    subplanName: str(raw['Subplan Name']),
    joinType: str(raw['Join Type']),
    strategy: str(raw['Strategy']),
    scanDirection: str(raw['Scan Direction']),
    relation: str(raw['Relation Name']),
    schema: str(raw['Schema']),
    alias: str(raw['Alias']),
    index,
    cteName: str(raw['CTE Name']),
    functionName: str(raw['Function Name']),
    conditions: conditions(raw),
    startupCost: num(raw['Startup Cost']) ?? 0,
    totalCost: num(raw['Total Cost']) ?? 0,
    exclusiveCost: 0,
    planRows: num(raw['Plan Rows']) ?? 0,
    planWidth: num(raw['Plan Width']) ?? 0,
    actual:
      loops === null
        ? null
        : {
            rows: num(raw['Actual Rows']) ?? 0,
            loops,
            totalRows: (num(raw['Actual Rows']) ?? 0) * loops,
            startupMs: num(raw['Actual Startup Time']) ?? 0,
            totalMs: num(raw['Actual Total Time']) ?? 0,
            inclusiveMs: 0,
            exclusiveMs: 0,
            percent: 0,
            neverExecuted: loops === 0,
          },
    misestimate: null,
    rowsRemovedByFilter: removed(raw, 'Rows Removed by Filter', loops ?? 1),
    rowsRemovedByJoinFilter: removed(raw, 'Rows Removed by Join Filter', loops ?? 1),
    rowsRemovedByIndexRecheck: removed(raw, 'Rows Removed by Index Recheck', loops ?? 1),
    heapFetches: num(raw['Heap Fetches']),
    buffers: buffers(raw),
    exclusiveBuffers: null,
    details: DETAILS.flatMap(([key, label, unit]) => {
      const v = raw[key];
      if (v === undefined || v === null || typeof v === 'object') return [];
      return [{ label, value: unit ? `${v} ${unit}` : String(v) }];
    }),
    flags: {
      seqScan: nodeType === 'Seq Scan',
      indexScan: nodeType === 'Index Scan',
      indexOnlyScan: nodeType === 'Index Only Scan',
      bitmapScan: nodeType === 'Bitmap Heap Scan' || nodeType === 'Bitmap Index Scan',
      parallel,
      mostExpensive: false,
    },
    children: [],
  };
}
