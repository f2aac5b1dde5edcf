// What the N+1 detector needs to know about one statement: its verb, the table it reads, the
// tables it joins, and whether its WHERE clause is exactly one `column = value` (the lookup a
// lazy relation load writes). A small reader over the tokens, not a SQL parser: anything it
// does not recognise simply yields "no single equality".
import { skipCasts } from './literal-lists';
import { identifierName, significant, tokenize, type Token } from './tokenize';

export interface ColumnRef {
  /** Table the column belongs to (aliases resolved), or null when unqualified and ambiguous. */
  table: string | null;
  column: string;
}

export interface StatementInfo {
  /** First keyword, upper-case: SELECT, WITH, INSERT, UPDATE, DELETE, BEGIN, SAVEPOINT, ... */
  verb: string;
  /** The top-level FROM table (UPDATE/INSERT/DELETE: their target). */
  from: string | null;
  /** Tables joined at the top level. */
  joins: string[];
  /** Every table named anywhere (subqueries included). */
  tables: string[];
  /** The WHERE clause when it is exactly one `column = value`. */
  equality: ColumnRef | null;
  /** SELECT COUNT(...) (what `.count()` writes). */
  isCount: boolean;
}

const CLAUSE_END = new Set(['ORDER', 'GROUP', 'LIMIT', 'OFFSET', 'HAVING', 'WINDOW', 'FOR', 'RETURNING', 'UNION', 'EXCEPT', 'INTERSECT', 'FETCH']);
const NAME = new Set(['identifier', 'quoted']);

const word = (t: Token | undefined) => (t?.type === 'keyword' ? t.text.toUpperCase() : '');

/** A possibly qualified name at `i` ("a"."b" or schema.table): its parts and the index after it. */
function readName(tokens: Token[], i: number): { parts: string[]; end: number } | null {
  if (!tokens[i] || !NAME.has(tokens[i].type)) return null;
  const parts = [identifierName(tokens[i])];
  let end = i + 1;
  while (tokens[end]?.text === '.' && tokens[end + 1] && NAME.has(tokens[end + 1].type)) {
    parts.push(identifierName(tokens[end + 1]));
    end += 2;
  }
  return { parts, end };
}

function depths(tokens: Token[]): number[] {
  let depth = 0;
  return tokens.map((t) => {
    if (t.text === ')' || t.text === ']') depth -= 1;
    const d = depth;
    if (t.text === '(' || t.text === '[') depth += 1;
    return d;
  });
}

function isValueAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (t.type === 'string' || t.type === 'number' || t.type === 'param') return skipCasts(tokens, i + 1);
  return -1;
}

export function describeStatement(sql: string): StatementInfo {
  const tokens = significant(tokenize(sql));
  const depth = depths(tokens);
  const verb = word(tokens.find((t) => t.type === 'keyword'));
  const tables: string[] = [];
  const joins: string[] = [];
  const aliases = new Map<string, string>();
  let from: string | null = null;
  let where = -1;

  tokens.forEach((t, i) => {
    const w = word(t);
    const target = w === 'FROM' || w === 'JOIN' || (w === 'INTO' && verb === 'INSERT') || (w === 'UPDATE' && i === 0);
    if (target) {
      const name = readName(tokens, i + 1);
      if (!name) return;
      const table = name.parts.at(-1)!;
      tables.push(table);
      let a = name.end;
      if (word(tokens[a]) === 'AS') a += 1;
      if (tokens[a] && NAME.has(tokens[a].type)) aliases.set(identifierName(tokens[a]), table);
      if (depth[i] === 0) {
        if (w === 'JOIN') joins.push(table);
        else from ??= table;
      }
    }
    if (w === 'WHERE' && depth[i] === 0 && where < 0) where = i;
  });

  let equality: ColumnRef | null = null;
  if (where >= 0) {
    let end = where + 1;
    while (end < tokens.length && !(depth[end] === 0 && (CLAUSE_END.has(word(tokens[end])) || tokens[end].text === ';'))) end += 1;
    let clause = tokens.slice(where + 1, end);
    // Django wraps compound conditions in parentheses; a lone one may be wrapped too.
    while (clause[0]?.text === '(' && clause.at(-1)?.text === ')' && depths(clause).slice(1, -1).every((d) => d > 0)) clause = clause.slice(1, -1);
    equality = singleEquality(clause, from, aliases);
  }

  const isCount = verb === 'SELECT' && tokens[1]?.type === 'identifier' && tokens[1].text.toUpperCase() === 'COUNT' && tokens[2]?.text === '(';
  return { verb, from, joins, tables: [...new Set(tables)], equality, isCount };
}

function singleEquality(clause: Token[], from: string | null, aliases: Map<string, string>): ColumnRef | null {
  const column = (tokens: Token[]): ColumnRef | null => {
    // Django writes `"t"."c" = %s`; a subquery's outer reference may be wrapped: `= ("t"."c")`.
    const bare = tokens[0]?.text === '(' && tokens.at(-1)?.text === ')' ? tokens.slice(1, -1) : tokens;
    const name = readName(bare, 0);
    if (!name || name.end !== bare.length || name.parts.length > 3) return null;
    const col = name.parts.at(-1)!;
    if (name.parts.length === 1) return { table: from, column: col };
    const qualifier = name.parts.at(-2)!;
    return { table: aliases.get(qualifier) ?? qualifier, column: col };
  };
  const eq = clause.findIndex((t) => t.type === 'operator' && t.text === '=');
  if (eq < 0) return null;
  const left = clause.slice(0, eq);
  const right = clause.slice(eq + 1);
  if (isValueAt(right, 0) === right.length) return column(left);
  if (isValueAt(left, 0) === left.length) return column(right);
  return null;
}
