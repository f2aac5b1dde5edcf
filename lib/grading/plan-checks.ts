import type { ExplainPlan, RunResult } from '@/lib/runtime/protocol';
import type { Outcome } from './types';

// `usesIndex`: EXPLAIN ANALYZE each SELECT the code sent and look for an index scan in the plan
// (PostgreSQL's FORMAT JSON: [{ "Plan": { "Node Type", "Index Name", "Relation Name", "Plans" } }]).

const INDEX_SCANS = new Set(['Index Scan', 'Index Only Scan', 'Bitmap Index Scan']);
const SELECT = /^\s*(SELECT|WITH)\b/i;
/** Enough for any exercise; bounds the time a pathological run can spend in grading. */
const MAX_EXPLAINED = 10;

export interface ScanNode {
  nodeType: string;
  index: string | null;
  relation: string | null;
}

/** Every scan node of a plan, depth first. */
export function scans(plans: ExplainPlan[]): ScanNode[] {
  const found: ScanNode[] = [];
  const walk = (node: Record<string, unknown>) => {
    const nodeType = String(node['Node Type'] ?? '');
    if (nodeType.endsWith('Scan')) {
      found.push({
        nodeType,
        index: typeof node['Index Name'] === 'string' ? node['Index Name'] : null,
        relation: typeof node['Relation Name'] === 'string' ? node['Relation Name'] : null,
      });
    }
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  for (const top of plans) if (top.Plan) walk(top.Plan as Record<string, unknown>);
  return found;
}

function describeScan(scan: ScanNode): string {
  return `${scan.nodeType}${scan.index ? ` using ${scan.index}` : ''}${scan.relation ? ` on ${scan.relation}` : ''}`;
}

export async function usesIndex(run: RunResult, index: string | undefined, explain: (sql: string) => Promise<ExplainPlan[]>): Promise<Outcome> {
  const selects = [...new Map(run.queries.filter((q) => !q.error && SELECT.test(q.sql)).map((q) => [q.sql, q])).values()].slice(0, MAX_EXPLAINED);
  if (!selects.length) return { ok: false, detail: 'Your code sent no SELECT query to look at.' };
  const seen: string[] = [];
  for (const query of selects) {
    let found: ScanNode[];
    try {
      found = scans(await explain(query.sql));
    } catch (error) {
      return { ok: false, error: true, detail: `EXPLAIN failed: ${(error as Error).message}` };
    }
    const hit = found.find((s) => INDEX_SCANS.has(s.nodeType) && (!index || s.index === index));
    const line = query.line === null ? '' : ` (line ${query.line})`;
    if (hit) return { ok: true, detail: `The plan of the query${line} has ${describeScan(hit)}.` };
    seen.push(...found.map((s) => `${describeScan(s)}${line}`));
  }
  const what = index ? `the index ${index}` : 'an index';
  return { ok: false, detail: `No plan uses ${what}; PostgreSQL chose ${[...new Set(seen)].join(', ') || 'no scan'}.` };
}
