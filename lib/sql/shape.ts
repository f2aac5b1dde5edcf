// The shape of a query: its SQL with every value replaced by `?`, so the fifty
// `... WHERE "bookstore_author"."id" = 554 LIMIT 21` of an N+1 loop share one shape, and
// `IN (%s, %s, ...)` of any length is the same `IN (?…)`. Grouping by shape finds "similar"
// queries; grouping by final SQL finds exact duplicates (django-debug-toolbar's distinction).
import type { QueryRecord } from '../runtime/protocol';
import { findLiteralLists, skipCasts } from './literal-lists';
import { significant, tokenize, type Token } from './tokenize';

const LIST = '(?…)';

/** Normalised text of a statement: values -> ?, literal lists -> (?…), one space between tokens,
 *  keywords upper-case, comments dropped. Works on Django's %s template or on the final SQL. */
export function sqlShape(sql: string): string {
  const tokens = significant(tokenize(sql));
  const lists = findLiteralLists(tokens, 1);
  const out: string[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    if (lists[next]?.open === i) {
      // A run of lists (bulk INSERT ... VALUES (…), (…)) counts as one.
      if (out.at(-1) === ',' && out.at(-2) === LIST) out.pop();
      else out.push(LIST);
      i = lists[next].close;
      next += 1;
      continue;
    }
    out.push(normalise(tokens, i));
    // A cast on a value belongs to the value (psycopg2 writes '2024-01-01'::date where the
    // template has %s): skip it so both spell the same shape.
    if (isValue(tokens[i])) i = skipCasts(tokens, i + 1) - 1;
  }
  return joinTokens(out.filter((t) => t !== ''));
}

/** Tokens with single spaces, except where SQL is written without them: `a.b`, `x::int`, `f(x)`,
 *  `a, b`. Only for display: two statements have the same shape iff their token lists match. */
function joinTokens(parts: string[]): string {
  const tight = new Set(['.', '::', '(', '[']);
  const tightBefore = new Set(['.', '::', ')', ']', ',', '(']);
  let text = '';
  parts.forEach((p, i) => {
    const prev = parts[i - 1];
    // "f(" and "IN (": a paren right after a name is a call; after a keyword, spaced.
    const callParen = p === '(' && prev !== undefined && !/^[A-Z]+$/.test(prev);
    const noSpace = i === 0 || tight.has(prev) || (tightBefore.has(p) && p !== '(') || callParen;
    text += (noSpace ? '' : ' ') + p;
  });
  return text;
}

function normalise(tokens: Token[], i: number): string {
  const t = tokens[i];
  switch (t.type) {
    case 'string':
    case 'number':
    case 'param':
      return '?';
    case 'keyword': {
      const word = t.text.toUpperCase();
      return word === 'TRUE' || word === 'FALSE' ? '?' : word;
    }
    case 'identifier':
      return t.text.toLowerCase();
    case 'operator':
      // A sign in front of a number is part of the value.
      if ((t.text === '-' || t.text === '+') && tokens[i + 1]?.type === 'number' && !isOperandEnd(tokens[i - 1])) return '';
      return t.text;
    default:
      return t.text;
  }
}

function isValue(t: Token | undefined): boolean {
  return !!t && (t.type === 'string' || t.type === 'number' || t.type === 'param');
}

/** Whether `t` ends an operand (so a following - is subtraction, not a sign). */
function isOperandEnd(t: Token | undefined): boolean {
  if (!t) return false;
  return t.type === 'identifier' || t.type === 'quoted' || isValue(t) || t.text === ')' || t.text === ']';
}

/** Shape of a captured query: from Django's template when there is one, else the final SQL. */
export function queryShape(q: Pick<QueryRecord, 'sql' | 'rawSql'>): string {
  return sqlShape(q.rawSql || q.sql);
}

export interface LineCount {
  /** Learner line, or null for queries Django issued on its own. */
  line: number | null;
  count: number;
}

export interface QueryGroup {
  /** The shape (similar groups) or the final SQL (identical groups). */
  key: string;
  /** Indexes into the run's query list, in order. */
  indices: number[];
  count: number;
  totalMs: number;
  /** Lines that issued the group's queries, in order of first appearance. */
  lines: LineCount[];
}

export interface ShapeGroup extends QueryGroup {
  /** Sets of identical queries (same final SQL) inside this shape, only those seen 2+ times. */
  duplicates: QueryGroup[];
}

export interface QueryGroups {
  /** Every query in exactly one shape group, groups in order of first appearance. */
  byShape: ShapeGroup[];
  /** Final SQL seen 2+ times, in order of first appearance. */
  duplicates: QueryGroup[];
}

function collect(queries: QueryRecord[], indices: number[], keyOf: (q: QueryRecord) => string): QueryGroup[] {
  const groups = new Map<string, QueryGroup>();
  for (const i of indices) {
    const q = queries[i];
    const key = keyOf(q);
    let g = groups.get(key);
    if (!g) {
      g = { key, indices: [], count: 0, totalMs: 0, lines: [] };
      groups.set(key, g);
    }
    g.indices.push(i);
    g.count += 1;
    g.totalMs += q.durationMs;
    const lc = g.lines.find((l) => l.line === q.line);
    if (lc) lc.count += 1;
    else g.lines.push({ line: q.line, count: 1 });
  }
  return [...groups.values()];
}

export function groupQueries(queries: QueryRecord[]): QueryGroups {
  const all = queries.map((_, i) => i);
  const byShape = collect(queries, all, queryShape).map((g) => ({
    ...g,
    duplicates: collect(queries, g.indices, (q) => q.sql).filter((d) => d.count > 1),
  }));
  const duplicates = collect(queries, all, (q) => q.sql).filter((d) => d.count > 1);
  return { byShape, duplicates };
}
