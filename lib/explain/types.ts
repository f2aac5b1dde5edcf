// The plan tree the inspector shows: PostgreSQL's EXPLAIN (FORMAT JSON) nodes with the figures a
// reader wants computed once (own time, share of the run, misestimates, most expensive node).

export interface PlanCondition {
  /** PostgreSQL's name for it: `Index Cond`, `Filter`, `Hash Cond`, `Sort Key`, ... */
  label: string;
  text: string;
}

export interface Buffers {
  sharedHit: number;
  sharedRead: number;
  sharedDirtied: number;
  sharedWritten: number;
  tempRead: number;
  tempWritten: number;
}

export interface Actuals {
  /** Rows per loop, as PostgreSQL reports them (an average, fractional since PostgreSQL 18). */
  rows: number;
  loops: number;
  /** rows x loops. */
  totalRows: number;
  /** Per loop, as reported. */
  startupMs: number;
  totalMs: number;
  /** Wall time spent in this node and everything under it (total x loops; parallel workers
   *  counted once, not once per worker). */
  inclusiveMs: number;
  /** Time in this node alone: inclusive minus its children's (InitPlans, SubPlans included; a
   *  CTE's time is taken off the CTE Scan that ran it, not off the node it hangs from). */
  exclusiveMs: number;
  /** exclusiveMs as a share of the execution time, 0-100. */
  percent: number;
  /** Loops == 0: the node was in the plan but never ran (e.g. the other side of an empty join). */
  neverExecuted: boolean;
}

export interface Misestimate {
  /** >= 1: how many times larger the bigger of estimate and actual is. */
  factor: number;
  /** under: more rows than the planner expected; over: fewer. */
  direction: 'under' | 'over' | 'exact';
}

export interface PlanFlags {
  seqScan: boolean;
  indexScan: boolean;
  indexOnlyScan: boolean;
  bitmapScan: boolean;
  parallel: boolean;
  /** The node with the largest own time (estimates only: the largest own cost). */
  mostExpensive: boolean;
}

export interface PlanNode {
  /** Position in a depth-first walk (the root is 0): stable ids for the UI. */
  id: number;
  depth: number;
  nodeType: string;
  /** How it hangs from its parent: Outer, Inner, InitPlan, SubPlan, Member, ... */
  parentRelationship: string | null;
  /** `InitPlan 1`, `SubPlan 2`, `CTE prolific`. */
  subplanName: string | null;
  joinType: string | null;
  /** Aggregate / SetOp strategy: Plain, Sorted, Hashed, Mixed. */
  strategy: string | null;
  scanDirection: string | null;
  relation: string | null;
  schema: string | null;
  alias: string | null;
  index: string | null;
  cteName: string | null;
  functionName: string | null;
  conditions: PlanCondition[];
  startupCost: number;
  totalCost: number;
  /** totalCost minus the children's total cost (never below 0). */
  exclusiveCost: number;
  /** Estimated rows per loop and row width in bytes. */
  planRows: number;
  planWidth: number;
  /** Null without ANALYZE. */
  actual: Actuals | null;
  misestimate: Misestimate | null;
  /** Rows thrown away, totals over all loops. */
  rowsRemovedByFilter: number | null;
  rowsRemovedByJoinFilter: number | null;
  rowsRemovedByIndexRecheck: number | null;
  heapFetches: number | null;
  /** Including everything under the node, as PostgreSQL reports it; null without BUFFERS. */
  buffers: Buffers | null;
  /** Shared hit/read by this node alone. */
  exclusiveBuffers: { sharedHit: number; sharedRead: number } | null;
  /** Sort Method, Sort Space, Hash Buckets, Peak Memory, Workers, ...: shown as they are. */
  details: { label: string; value: string }[];
  flags: PlanFlags;
  children: PlanNode[];
}

export interface PlanTree {
  root: PlanNode;
  /** Every node, depth first (index == id). */
  nodes: PlanNode[];
  /** Whether the plan was run (EXPLAIN ANALYZE): actual rows and times exist. */
  analyzed: boolean;
  planningMs: number | null;
  executionMs: number | null;
  /** The id of the most expensive node (own time; own cost without ANALYZE). */
  mostExpensive: number;
  triggers: { name: string; relation: string | null; ms: number; calls: number }[];
}
