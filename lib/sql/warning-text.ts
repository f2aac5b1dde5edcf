// The words of the inspector's query warnings. Code is in `backticks` (the UI renders it as code).
import type { RelationInfo } from '../runtime/protocol';

export interface NamedRelation {
  /** Model whose instances the loop walked, and its accessor: Book / author. */
  owner: string;
  field: string;
  kind: RelationInfo['kind'];
  /** Lookup path from the model the first query selected: `author`, `book__author`. */
  path: string;
  /** Model of the query to fix, and the line that ran it. */
  queriedModel: string;
  parentLine: number | null;
}

export interface NPlusOneFacts {
  line: number;
  count: number;
  table: string;
  /** The table's model, when known (for `Author.objects.in_bulk(ids)`). */
  model: string | null;
  column: string;
  primaryKey: boolean;
  isCount: boolean;
  relation: NamedRelation | null;
}

const ON_QUERY = (r: NamedRelation) => `the ${r.queriedModel} query${r.parentLine ? ` on line ${r.parentLine}` : ''}`;

export function nPlusOneMessage(f: NPlusOneFacts): { message: string; fix: string | null } {
  const head = `Line ${f.line} ran ${f.count} similar queries on ${f.table}`;
  const r = f.relation;
  if (!r) {
    const by = f.column.replace(/_id$/, '');
    const manager = f.model ? `${f.model}.objects` : '';
    const fix = f.primaryKey ? `${manager}.in_bulk(ids)` : `${manager}.filter(${by}__in=ids)`;
    return {
      fix,
      message: `${head}, each looking up rows by ${f.column}. Fetch them all in one query, e.g. \`${fix}\`, and look them up in the result.`,
    };
  }
  const named = `${r.owner}.${r.field}`;
  if (r.kind === 'fk' || r.kind === 'o2o' || r.kind === 'reverse-o2o') {
    const fix = `.select_related("${r.path}")`;
    return {
      fix,
      message: `${head}, one for each ${r.owner}'s ${r.field} (${named}). Fetch them in the same query: add \`${fix}\` to ${ON_QUERY(r)}.`,
    };
  }
  if (f.isCount) {
    const fix = `.annotate(${r.field}_count=Count("${r.path}"))`;
    return {
      fix,
      message: `${head}, counting each ${r.owner}'s ${r.field} (${named}). Count them in ${ON_QUERY(r)} instead: \`${fix}\` (or \`.prefetch_related("${r.path}")\` if the loop also uses them).`,
    };
  }
  const fix = `.prefetch_related("${r.path}")`;
  return {
    fix,
    message: `${head}, one for each ${r.owner}'s ${r.field} (${named}). Load them all in one more query: add \`${fix}\` to ${ON_QUERY(r)}.`,
  };
}

export function duplicateMessage(f: { count: number; lines: number[]; table: string | null; isCount: boolean }): string {
  const where = f.lines.length === 1 ? `Line ${f.lines[0]} ran` : f.lines.length ? `Lines ${f.lines.join(', ')} ran` : 'Django ran';
  const on = f.table ? ` on ${f.table}` : '';
  const advice = f.isCount
    ? '`.count()` asks the database every time: keep the number in a variable.'
    : 'Keep the result in a variable and reuse it: an evaluated queryset keeps its rows, a new one asks again.';
  return `${where} the same query ${f.count} times${on}. ${advice}`;
}
