// Figures that need the whole tree: each node's own (exclusive) time, buffers and cost, its share
// of the execution time, row misestimates, and the most expensive node.
import type { Misestimate, PlanNode } from './types';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Wall time of a node and what runs under it. PostgreSQL reports the time per loop, so it is
 * total x loops; inside a parallel section every process (leader + workers) is a loop running
 * at the same time, so the product is divided by the number of processes.
 */
function inclusiveMs(node: PlanNode, processes: number): number {
  const a = node.actual!;
  return (a.totalMs * a.loops) / processes;
}

/** The CTE subplan a CTE Scan reads (`CTE prolific` for `CTE Name: prolific`). */
function isCte(node: PlanNode): boolean {
  return node.parentRelationship === 'InitPlan' && !!node.subplanName?.startsWith('CTE ');
}

export function computeTimes(root: PlanNode, nodes: PlanNode[]): void {
  const walk = (node: PlanNode, processes: number) => {
    const workers = node.details.find((d) => d.label === 'Workers launched');
    // Gather's children run in the leader and its workers (the leader takes part by default).
    const inner = workers ? Number.parseInt(workers.value, 10) + 1 : processes;
    node.actual!.inclusiveMs = inclusiveMs(node, processes);
    for (const child of node.children) walk(child, inner);
  };
  walk(root, 1);

  for (const node of nodes) {
    // A CTE runs inside the CTE Scan that first reads it, so its time is in that scan's time,
    // not in the time of the node the CTE hangs from: subtracting it there would count it twice.
    const children = node.children.filter((c) => !isCte(c));
    const own = node.actual!.inclusiveMs - children.reduce((s, c) => s + c.actual!.inclusiveMs, 0);
    node.actual!.exclusiveMs = own;
  }
  for (const cte of nodes.filter(isCte)) {
    let left = cte.actual!.inclusiveMs;
    const name = cte.subplanName!.slice('CTE '.length);
    for (const scan of nodes.filter((n) => n.nodeType === 'CTE Scan' && n.cteName === name)) {
      const take = Math.min(left, Math.max(scan.actual!.exclusiveMs, 0));
      scan.actual!.exclusiveMs -= take;
      left -= take;
    }
  }
  for (const node of nodes) node.actual!.exclusiveMs = round3(Math.max(0, node.actual!.exclusiveMs));
}

export function computeBuffers(nodes: PlanNode[]): void {
  for (const node of nodes) {
    if (!node.buffers) continue;
    let hit = node.buffers.sharedHit;
    let read = node.buffers.sharedRead;
    for (const c of node.children) {
      if (isCte(c) || !c.buffers) continue;
      hit -= c.buffers.sharedHit;
      read -= c.buffers.sharedRead;
    }
    node.exclusiveBuffers = { sharedHit: hit, sharedRead: read };
  }
  for (const cte of nodes.filter((n) => isCte(n) && n.buffers)) {
    const name = cte.subplanName!.slice('CTE '.length);
    const scan = nodes.find((n) => n.nodeType === 'CTE Scan' && n.cteName === name && n.exclusiveBuffers);
    if (!scan) continue;
    scan.exclusiveBuffers!.sharedHit -= cte.buffers!.sharedHit;
    scan.exclusiveBuffers!.sharedRead -= cte.buffers!.sharedRead;
  }
  for (const node of nodes) {
    if (!node.exclusiveBuffers) continue;
    node.exclusiveBuffers.sharedHit = Math.max(0, node.exclusiveBuffers.sharedHit);
    node.exclusiveBuffers.sharedRead = Math.max(0, node.exclusiveBuffers.sharedRead);
  }
}

export function computeCosts(nodes: PlanNode[]): void {
  for (const node of nodes) {
    // A SubPlan's cost is per execution and the planner charges it for every row the parent
    // evaluates; an InitPlan's (and a CTE's) once.
    const under = node.children.reduce((s, c) => s + (c.parentRelationship === 'SubPlan' ? c.totalCost * Math.max(node.planRows, 1) : c.totalCost), 0);
    node.exclusiveCost = Math.max(0, round3(node.totalCost - under));
  }
}

/** Estimated vs actual rows per loop; both floored at one row so "0 vs 1" is not infinitely off. */
export function misestimate(planRows: number, actualRows: number): Misestimate {
  const est = Math.max(planRows, 1);
  const act = Math.max(actualRows, 1);
  if (Math.abs(est - act) < 1e-9) return { factor: 1, direction: 'exact' };
  return { factor: Math.round((Math.max(est, act) / Math.min(est, act)) * 10) / 10, direction: act > est ? 'under' : 'over' };
}
