// A query on one line for a collapsed row: the select list of the outer query elided (Django
// lists every column, so fifty author lookups would all read `SELECT "bookstore_author"."id",
// "bookstore_author"."name", ...` and look the same) and long literal lists shortened; what
// tells the queries apart (FROM, WHERE, the values) stays in view.
import { oneLineSql } from './format';
import { findLiteralLists } from './literal-lists';
import { tokenize } from './tokenize';

const ELIDE_FROM_COLUMNS = 3;
const LIST_ITEMS = 5;

export function sqlSummary(sql: string): string {
  const tokens = tokenize(oneLineSql(sql));
  const keep = tokens.map(() => true);
  const replace = new Map<number, string>();

  let depth = 0;
  let select = -1;
  let commas = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t.text === '(') depth += 1;
    if (t.text === ')') depth -= 1;
    if (depth !== 0 || t.type === 'space') continue;
    const word = t.type === 'keyword' ? t.text.toUpperCase() : '';
    if (word === 'SELECT' && select < 0) select = i;
    else if (select >= 0 && t.text === ',') commas += 1;
    else if (select >= 0 && word === 'FROM') {
      if (commas + 1 >= ELIDE_FROM_COLUMNS) {
        // Keep SELECT [DISTINCT] and the spaces around the list; the list becomes "…" (as the debug toolbar does).
        let first = select + 1;
        while (tokens[first]?.type === 'space' || /^(DISTINCT|ALL)$/i.test(tokens[first]?.text ?? '')) first += 1;
        for (let k = first; k < i - 1; k += 1) keep[k] = false;
        replace.set(first, '…');
      }
      break;
    }
  }

  for (const list of findLiteralLists(tokens, LIST_ITEMS + 1)) {
    for (let k = list.open + 1; k < list.close; k += 1) keep[k] = false;
    replace.set(list.open + 1, `${list.items.slice(0, LIST_ITEMS).join(', ')}, … ${list.items.length - LIST_ITEMS} more`);
  }
  return tokens.map((t, i) => replace.get(i) ?? (keep[i] ? t.text : '')).join('');
}
