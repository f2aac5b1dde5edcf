// Readable SQL for the query list and the SQL editor: sql-formatter (PostgreSQL dialect) with
// one guard. Lists of literals (`IN (1, 2, ..., 1000)`, psycopg2's `ARRAY[...]`) are taken out
// before formatting and put back on one line, so 1,000 ids do not become 1,000 lines and the
// formatter does not spend its time on them. Never throws: SQL it cannot parse comes back as is.
import { format } from 'sql-formatter';
import { findLiteralLists } from './literal-lists';
import { tokenize } from './tokenize';

export interface FormatOptions {
  /** Show at most this many items of a literal list, then a count of the rest. The result is
   *  then for reading only (it no longer runs). Default: every item. */
  maxListItems?: number;
}

function listText(items: string[], max: number): string {
  if (items.length <= max) return items.join(', ');
  const rest = items.length - max;
  return `${items.slice(0, max).join(', ')} /* … ${rest} more */`;
}

export function formatSql(sql: string, options: FormatOptions = {}): string {
  const max = Math.max(1, options.maxListItems ?? Number.POSITIVE_INFINITY);
  try {
    const tokens = tokenize(sql);
    const lists = findLiteralLists(tokens);
    // A name the SQL cannot already contain, so putting the lists back cannot hit anything else.
    let salt = 0;
    while (sql.includes(`ormlab_list${salt}_`)) salt += 1;
    const placeholder = (n: number) => `ormlab_list${salt}_${n}`;
    const parts: string[] = [];
    let from = 0;
    lists.forEach((list, n) => {
      parts.push(...tokens.slice(from, list.open + 1).map((t) => t.text), placeholder(n));
      from = list.close;
    });
    parts.push(...tokens.slice(from).map((t) => t.text));

    let out = format(parts.join(''), {
      language: 'postgresql',
      keywordCase: 'preserve',
      expressionWidth: 80,
      // Django's templates (QueryRecord.rawSql) hold %s and %(name)s placeholders.
      paramTypes: { numbered: ['$'], custom: [{ regex: String.raw`%\([^)]*\)s|%s` }] },
    });
    // Backwards, so placeholder 1 is not found inside placeholder 10.
    for (let n = lists.length - 1; n >= 0; n -= 1) {
      const at = out.indexOf(placeholder(n));
      if (at < 0) return sql;
      out = out.slice(0, at) + listText(lists[n].items, max) + out.slice(at + placeholder(n).length);
    }
    return out;
  } catch {
    return sql;
  }
}

/** One line, for a collapsed query row: whitespace runs become one space (strings untouched). */
export function oneLineSql(sql: string): string {
  return tokenize(sql)
    .map((t) => (t.type === 'space' ? ' ' : t.type === 'comment' && t.text.startsWith('--') ? `/* ${t.text.slice(2).trim()} */` : t.text))
    .join('')
    .trim();
}
