import { describe, expect, it } from 'vitest';
import { planFixtures } from '../../tests/fixtures/inspector/load';
import { nodeTitle } from './describe';
import { parsePlan, PlanParseError } from './plan-tree';
import type { PlanNode, PlanTree } from './types';

interface Expected {
  outline: string[];
  seqScans: string[];
  indexScans?: string[];
  indexOnlyScans?: string[];
  bitmapScans?: string[];
  mostExpensive?: string;
  conditions: { node: string; label: string; contains: string }[];
  details?: { node: string; label: string; value: string }[];
}

const outline = (tree: PlanTree) => tree.nodes.map((n) => `${'  '.repeat(n.depth)}${n.subplanName ? `[${n.subplanName}] ` : ''}${nodeTitle(n)}`);
const titled = (tree: PlanTree, title: string): PlanNode => {
  const node = tree.nodes.find((n) => nodeTitle(n) === title);
  if (!node) throw new Error(`no node "${title}" in ${outline(tree).join(' / ')}`);
  return node;
};
const fixtures = planFixtures<Expected>();
const byName = (name: string) => parsePlan(fixtures.find((f) => f.fixture.name === name)!.fixture.plan);

describe('parsePlan on real PostgreSQL 18 plans', () => {
  for (const { fixture, expect: want } of fixtures) {
    describe(fixture.file, () => {
      const tree = parsePlan(fixture.plan);

      it('reads the tree as PostgreSQL prints it', () => {
        expect(want).not.toBeNull();
        expect(outline(tree)).toEqual(want!.outline);
        expect(tree.analyzed).toBe(fixture.analyze);
      });

      it('flags scans and the most expensive node', () => {
        const seq = tree.nodes.filter((n) => n.flags.seqScan).map((n) => n.relation);
        expect(seq).toEqual(want!.seqScans);
        const names = (test: (n: PlanNode) => boolean) => tree.nodes.filter(test).map(nodeTitle);
        if (want!.indexScans) expect(names((n) => n.flags.indexScan)).toEqual(want!.indexScans);
        if (want!.indexOnlyScans) expect(names((n) => n.flags.indexOnlyScan)).toEqual(want!.indexOnlyScans);
        if (want!.bitmapScans) expect(names((n) => n.flags.bitmapScan)).toEqual(want!.bitmapScans);
        const flagged = tree.nodes.filter((n) => n.flags.mostExpensive);
        expect(flagged.map((n) => n.id)).toEqual([tree.mostExpensive]);
        if (want!.mostExpensive) expect(nodeTitle(flagged[0])).toBe(want!.mostExpensive);
      });

      it('keeps the conditions and details', () => {
        for (const c of want!.conditions) {
          const cond = titled(tree, c.node).conditions.find((x) => x.label === c.label);
          expect(cond?.text, `${c.node} ${c.label}`).toContain(c.contains);
        }
        for (const d of want!.details ?? []) expect(titled(tree, d.node).details).toContainEqual({ label: d.label, value: d.value });
      });

      if (fixture.analyze) {
        it('splits the time: own times add up to the root\'s, none negative, shares within the execution time', () => {
          const own = tree.nodes.map((n) => n.actual!.exclusiveMs);
          expect(Math.min(...own)).toBeGreaterThanOrEqual(0);
          const sum = own.reduce((s, x) => s + x, 0);
          // Rounding to the microsecond per node is the only slack.
          expect(Math.abs(sum - tree.root.actual!.inclusiveMs)).toBeLessThanOrEqual(0.001 * tree.nodes.length);
          const share = tree.nodes.reduce((s, n) => s + n.actual!.percent, 0);
          expect(share).toBeLessThanOrEqual(100.0001);
          expect(share).toBeCloseTo((tree.root.actual!.inclusiveMs / tree.executionMs!) * 100, 1);
          const heaviest = tree.nodes.reduce((a, b) => (b.actual!.exclusiveMs > a.actual!.exclusiveMs ? b : a));
          expect(tree.mostExpensive).toBe(heaviest.id);
          expect(tree.planningMs).toBeGreaterThan(0);
        });

        it('reports buffers; no node owns more than it reported', () => {
          for (const n of tree.nodes) {
            expect(n.buffers).not.toBeNull();
            expect(n.exclusiveBuffers!.sharedHit).toBeLessThanOrEqual(n.buffers!.sharedHit);
          }
          const own = tree.nodes.reduce((s, n) => s + n.exclusiveBuffers!.sharedHit + n.exclusiveBuffers!.sharedRead, 0);
          expect(own).toBe(tree.root.buffers!.sharedHit + tree.root.buffers!.sharedRead);
        });
      } else {
        it('has estimates only: no times, no misestimates, the costliest node flagged', () => {
          expect(tree.nodes.every((n) => n.actual === null && n.misestimate === null)).toBe(true);
          expect(tree.executionMs).toBeNull();
          const costliest = tree.nodes.reduce((a, b) => (b.exclusiveCost > a.exclusiveCost ? b : a));
          expect(tree.mostExpensive).toBe(costliest.id);
        });
      }
    });
  }
});

describe('plan figures', () => {
  it('counts every book the sequential scan read: kept + removed by the filter = 20,000', () => {
    const scan = byName('seq-scan-filter').root;
    expect(scan.actual!.totalRows + scan.rowsRemovedByFilter!).toBe(20000);
  });

  it('multiplies per-loop times and rows by loops (the SubPlan ran once per author)', () => {
    const tree = byName('subplan-correlated');
    const sub = tree.nodes.find((n) => n.parentRelationship === 'SubPlan')!;
    expect(sub.actual!.loops).toBe(200);
    expect(sub.actual!.inclusiveMs).toBeCloseTo(sub.actual!.totalMs * 200, 6);
    // The author scan's own time is what is left after 200 runs of the subquery.
    expect(tree.root.actual!.exclusiveMs).toBeCloseTo(tree.root.actual!.inclusiveMs - sub.actual!.inclusiveMs, 2);
    expect(tree.root.actual!.exclusiveMs).toBeLessThan(tree.root.actual!.inclusiveMs / 5);
  });

  it('charges a CTE to the CTE Scan that ran it, not twice to the node it hangs from', () => {
    const tree = byName('cte');
    const cte = tree.nodes.find((n) => n.subplanName === 'CTE prolific')!;
    const scan = tree.nodes.find((n) => n.nodeType === 'CTE Scan')!;
    expect(scan.actual!.inclusiveMs).toBeGreaterThanOrEqual(cte.actual!.inclusiveMs);
    expect(scan.actual!.exclusiveMs).toBeLessThan(cte.actual!.inclusiveMs / 10);
    expect(tree.root.actual!.exclusiveMs).toBeLessThan(tree.root.actual!.inclusiveMs / 10);
    expect(scan.exclusiveBuffers).toEqual({ sharedHit: 0, sharedRead: 0 });
  });

  it('marks a badly estimated node with the direction of the error', () => {
    const sort = byName('top-n-sort-limit').nodes.find((n) => n.nodeType === 'Sort')!;
    // The planner expected all 20,000 rows out of the sort; the Limit stopped it after 10.
    expect(sort.planRows).toBe(20000);
    expect(sort.misestimate).toEqual({ factor: 2000, direction: 'over' });
  });

  it('counts parallel workers once: a scan in 3 processes took its per-loop time, not 3x', () => {
    const tree = parsePlan([
      {
        Plan: {
          'Node Type': 'Gather', 'Workers Planned': 2, 'Workers Launched': 2, 'Plan Rows': 10, 'Actual Rows': 10, 'Actual Loops': 1,
          'Actual Total Time': 40, 'Total Cost': 100,
          Plans: [{ 'Node Type': 'Seq Scan', 'Parallel Aware': true, 'Relation Name': 't', 'Plan Rows': 4, 'Actual Rows': 3.33, 'Actual Loops': 3, 'Actual Total Time': 30, 'Total Cost': 90 }],
        },
        'Execution Time': 41,
      },
    ]);
    const scan = tree.nodes[1];
    expect(nodeTitle(scan)).toBe('Parallel Seq Scan on t');
    expect(scan.actual!.inclusiveMs).toBeCloseTo(30, 6);
    expect(tree.root.actual!.exclusiveMs).toBeCloseTo(10, 6);
  });

  it('says what is wrong with input that is not an EXPLAIN JSON plan', () => {
    expect(() => parsePlan('Seq Scan on t')).toThrow(PlanParseError);
    expect(() => parsePlan([{ 'QUERY PLAN': 'x' }])).toThrow(/no "Plan"/);
    expect(parsePlan(JSON.stringify([{ Plan: { 'Node Type': 'Result', 'Total Cost': 0.01 } }])).root.nodeType).toBe('Result');
  });
});
