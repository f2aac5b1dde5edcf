// N+1 and duplicate-query warnings for a run's queries, named in the learner's terms: the line,
// how many queries, the relation (`Book.author`) and the call that fixes it.
import type { ModelInfo, QueryRecord } from '../runtime/protocol';
import { forwardPath, modelForTable, relationsFor, type RelationCandidate } from './relations';
import { groupQueries, queryShape } from './shape';
import { describeStatement, type StatementInfo } from './statement';
import { duplicateMessage, nPlusOneMessage, type NamedRelation } from './warning-text';

/**
 * How many queries of one shape from one line make an N+1. Two can be a deliberate pair on one
 * line (`a.author == b.author`); three key lookups of the same shape from a single line only
 * happen in a loop or a comprehension, and the fix is the same whether it walks 3 rows or 50.
 * Django's classic example (50 books, 1 + 50 queries) is far above it; so is every lesson slice.
 */
export const N_PLUS_ONE_MIN_QUERIES = 3;

/** Transaction bookkeeping is not worth a duplicate warning (Django repeats it by design). */
const BOOKKEEPING = new Set(['BEGIN', 'COMMIT', 'ROLLBACK', 'SAVEPOINT', 'RELEASE', 'SET', 'START', 'END']);

export interface QueryWarning {
  kind: 'n-plus-one' | 'duplicate';
  /** The learner line that issued the queries (the first one, for duplicates across lines). */
  line: number | null;
  /** Every learner line involved, in order. */
  lines: number[];
  count: number;
  /** The table the repeated queries read. */
  table: string | null;
  /** `Book.author` when the relation is known. */
  relation: string | null;
  /** The call that fixes it, as code: `.select_related("author")`. */
  fix: string | null;
  /** For the learner; code spans in `backticks`. */
  message: string;
  /** Indexes of the queries concerned, in the run's order. */
  queryIndices: number[];
}

interface Analysed {
  q: QueryRecord;
  index: number;
  info: StatementInfo;
}

/** The query before `before` that read `table` (FROM or JOIN), nearest first. */
function parentQuery(all: Analysed[], before: number, tables: string[]): Analysed | null {
  for (let i = before - 1; i >= 0; i -= 1) {
    const { info } = all[i];
    if (tables.some((t) => info.from === t || info.joins.includes(t))) return all[i];
  }
  return null;
}

/** Picks the candidate whose owner the run read just before the loop, and the path from what
 *  that earlier query selected (`book__author` when the loop walks reviews joined to books). */
function nameRelation(models: ModelInfo[], all: Analysed[], first: number, candidates: RelationCandidate[]): NamedRelation | null {
  let best: { c: RelationCandidate; parent: Analysed } | null = null;
  for (const c of candidates) {
    const parent = parentQuery(all, first, [c.owner.table]);
    if (parent && (!best || parent.index > best.parent.index)) best = { c, parent };
  }
  if (!best) return null;
  const { c, parent } = best;
  const base = (parent.info.from && modelForTable(models, parent.info.from)) || c.owner;
  const prefix = forwardPath(models, base, c.owner) ?? [];
  return {
    owner: c.owner.name,
    field: c.field.name,
    kind: c.field.relation!.kind,
    path: [...prefix, c.field.name].join('__'),
    queriedModel: base.name,
    parentLine: parent.q.line,
  };
}

function nPlusOnes(all: Analysed[], models: ModelInfo[]): QueryWarning[] {
  const loops = new Map<string, Analysed[]>();
  for (const a of all) {
    if (a.q.line === null || a.q.error || a.info.verb !== 'SELECT' || !a.info.equality || !a.info.from) continue;
    const key = `${a.q.line}\n${queryShape(a.q)}`;
    loops.set(key, [...(loops.get(key) ?? []), a]);
  }
  const warnings: QueryWarning[] = [];
  for (const group of loops.values()) {
    if (group.length < N_PLUS_ONE_MIN_QUERIES) continue;
    const { info, q } = group[0];
    const lookup = relationsFor(models, info.from!, info.joins, info.equality!);
    if (lookup.kind === 'not-a-key') continue;
    const relation = lookup.kind === 'relation' ? nameRelation(models, all, group[0].index, lookup.candidates) : null;
    const text = nPlusOneMessage({
      line: q.line!,
      count: group.length,
      table: info.from!,
      model: modelForTable(models, info.from!)?.name ?? null,
      column: info.equality!.column,
      primaryKey: lookup.primaryKey,
      isCount: info.isCount,
      relation,
    });
    warnings.push({
      kind: 'n-plus-one',
      line: q.line,
      lines: [q.line!],
      count: group.length,
      table: info.from,
      relation: relation ? `${relation.owner}.${relation.field}` : null,
      fix: text.fix,
      message: text.message,
      queryIndices: group.map((g) => g.index),
    });
  }
  return warnings;
}

function duplicates(all: Analysed[], queries: QueryRecord[], covered: Set<number>): QueryWarning[] {
  return groupQueries(queries)
    .duplicates.map((d) => ({ ...d, indices: d.indices.filter((i) => !covered.has(i) && !queries[i].error) }))
    .filter((d) => d.indices.length > 1 && !BOOKKEEPING.has(all[d.indices[0]].info.verb))
    .map((d) => {
      const info = all[d.indices[0]].info;
      const lines = [...new Set(d.indices.map((i) => queries[i].line).filter((l): l is number => l !== null))];
      return {
        kind: 'duplicate' as const,
        line: lines[0] ?? null,
        lines,
        count: d.indices.length,
        table: info.from,
        relation: null,
        fix: null,
        message: duplicateMessage({ count: d.indices.length, lines, table: info.from, isCount: info.isCount }),
        queryIndices: d.indices,
      };
    });
}

/** N+1 warnings (one learner line, one SELECT shape, 3+ times, each one key lookup) and
 *  duplicate-query warnings (identical SQL 2+ times, not already part of an N+1), in run order. */
export function detectNPlusOne(queries: QueryRecord[], models: ModelInfo[] = []): QueryWarning[] {
  const all = queries.map((q, index) => ({ q, index, info: describeStatement(q.rawSql || q.sql) }));
  const loops = nPlusOnes(all, models);
  const covered = new Set(loops.flatMap((w) => w.queryIndices));
  return [...loops, ...duplicates(all, queries, covered)].sort((a, b) => a.queryIndices[0] - b.queryIndices[0]);
}
