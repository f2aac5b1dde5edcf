// EXPLAIN (FORMAT JSON) output, as LabEngine.explain returns it, -> the plan tree the inspector
// shows. Pure: no React, no engine. With ANALYZE the figures are measured; without it only the
// planner's estimates exist and the most expensive node is the one with the largest own cost.
import type { ExplainPlan } from '../runtime/protocol';
import { computeBuffers, computeCosts, computeTimes, misestimate } from './metrics';
import { readNode } from './read-node';
import type { PlanNode, PlanTree } from './types';

export class PlanParseError extends Error {}

function build(raw: ExplainPlan, nodes: PlanNode[], depth: number): PlanNode {
  const node = readNode(raw, nodes.length, depth);
  nodes.push(node);
  const children = Array.isArray(raw.Plans) ? (raw.Plans as ExplainPlan[]) : [];
  node.children = children.map((c) => build(c, nodes, depth + 1));
  return node;
}

/** The top object of EXPLAIN's JSON: `[{"Plan": ..., "Planning Time": ..., ...}]`, also accepted
 *  unwrapped or as the JSON text itself. */
function topOf(input: ExplainPlan[] | ExplainPlan | string): ExplainPlan {
  let value: unknown = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new PlanParseError('This is not EXPLAIN (FORMAT JSON) output: it is not JSON.');
    }
  }
  if (Array.isArray(value)) value = value[0];
  if (!value || typeof value !== 'object' || !('Plan' in value) || typeof (value as ExplainPlan).Plan !== 'object') {
    throw new PlanParseError('This is not EXPLAIN (FORMAT JSON) output: there is no "Plan".');
  }
  return value as ExplainPlan;
}

export function parsePlan(input: ExplainPlan[] | ExplainPlan | string): PlanTree {
  const top = topOf(input);
  const nodes: PlanNode[] = [];
  const root = build(top.Plan as ExplainPlan, nodes, 0);
  const analyzed = root.actual !== null;
  const executionMs = typeof top['Execution Time'] === 'number' ? top['Execution Time'] : null;

  computeCosts(nodes);
  computeBuffers(nodes);
  if (analyzed) {
    computeTimes(root, nodes);
    const whole = executionMs ?? root.actual!.inclusiveMs;
    for (const n of nodes) {
      const a = n.actual;
      if (!a) continue;
      a.percent = whole > 0 ? Math.min(100, (a.exclusiveMs / whole) * 100) : 0;
      n.misestimate = a.neverExecuted ? null : misestimate(n.planRows, a.rows);
    }
  }
  const weight = (n: PlanNode) => (analyzed ? (n.actual?.exclusiveMs ?? 0) : n.exclusiveCost);
  const top1 = nodes.reduce((best, n) => (weight(n) > weight(best) ? n : best), root);
  top1.flags.mostExpensive = true;

  const triggers = Array.isArray(top.Triggers)
    ? (top.Triggers as ExplainPlan[]).map((t) => ({
        name: String(t['Trigger Name'] ?? t['Constraint Name'] ?? 'trigger'),
        relation: typeof t.Relation === 'string' ? t.Relation : null,
        ms: typeof t.Time === 'number' ? t.Time : 0,
        calls: typeof t.Calls === 'number' ? t.Calls : 0,
      }))
    : [];
  return {
    root,
    nodes,
    analyzed,
    planningMs: typeof top['Planning Time'] === 'number' ? top['Planning Time'] : null,
    executionMs,
    mostExpensive: top1.id,
    triggers,
  };
}
