// A node's one-line title, worded as PostgreSQL's text EXPLAIN words it ("Hash Left Join",
// "HashAggregate", "Index Scan using bookstore_book_pkey on bookstore_book"), so what the
// inspector shows matches what learners read in PostgreSQL's documentation.
import type { PlanNode } from './types';

const AGGREGATE_NAMES: Record<string, string> = { Hashed: 'HashAggregate', Sorted: 'GroupAggregate', Mixed: 'MixedAggregate' };
const JOIN_NODES = new Set(['Hash Join', 'Merge Join', 'Nested Loop']);

function kind(node: PlanNode): string {
  const t = node.nodeType;
  if (t === 'Aggregate') return AGGREGATE_NAMES[node.strategy ?? ''] ?? 'Aggregate';
  if (JOIN_NODES.has(t) && node.joinType && node.joinType !== 'Inner') {
    // "Hash Join" + Left -> "Hash Left Join"; "Nested Loop" + Anti -> "Nested Loop Anti Join".
    return t === 'Nested Loop' ? `Nested Loop ${node.joinType} Join` : t.replace(' Join', ` ${node.joinType} Join`);
  }
  if (node.flags.parallel) return `Parallel ${t}`;
  return t;
}

export function nodeTitle(node: PlanNode): string {
  let title = kind(node);
  if (node.index) title += node.nodeType === 'Bitmap Index Scan' ? ` on ${node.index}` : ` using ${node.index}`;
  const target = node.relation ?? node.cteName ?? node.functionName;
  if (target) {
    title += ` on ${target}`;
    if (node.alias && node.alias !== target) title += ` ${node.alias}`;
  } else if (node.nodeType === 'Subquery Scan' && node.alias) {
    title += ` on ${node.alias}`;
  }
  return title;
}

/** Scans that read a whole table: what a learner should notice first on a big table. */
export function isFullScan(node: PlanNode): boolean {
  return node.flags.seqScan;
}
