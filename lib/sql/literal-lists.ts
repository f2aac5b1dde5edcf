// Finds parenthesised (or ARRAY[...]) lists made only of literals and placeholders: what
// `filter(id__in=ids)` and prefetch_related write, sometimes with thousands of items. The
// formatter keeps them on one line and the shape collapses them to one item.
import type { Token } from './tokenize';

export interface LiteralList {
  /** Token index of the opening bracket, and of the closing one. */
  open: number;
  close: number;
  /** Each item's text (casts kept: `'2024-01-01'::date`). */
  items: string[];
}

const VALUE_KEYWORDS = new Set(['NULL', 'TRUE', 'FALSE', 'DEFAULT']);

function isValue(t: Token): boolean {
  return t.type === 'string' || t.type === 'number' || t.type === 'param' || (t.type === 'keyword' && VALUE_KEYWORDS.has(t.text.toUpperCase()));
}

/** Index after the casts starting at `start`: ::type, ::type(n), ::type[] (any number of them). */
export function skipCasts(tokens: Token[], start: number): number {
  let i = start;
  while (tokens[i]?.text === '::' && /identifier|keyword|quoted/.test(tokens[i + 1]?.type ?? '')) {
    i += 2;
    if (tokens[i]?.text === '(' && tokens[i + 1]?.type === 'number' && tokens[i + 2]?.text === ')') i += 3;
    while (tokens[i]?.text === '[' && tokens[i + 1]?.text === ']') i += 2;
  }
  return i;
}

/** Reads one item from `i` (skipping spaces): [-]value[::type[(n)][[]]]. Returns the index after it
 *  and its text, or null when the tokens there are not a literal. */
function readItem(tokens: Token[], start: number): { end: number; text: string } | null {
  let i = start;
  const skip = () => {
    while (i < tokens.length && (tokens[i].type === 'space' || tokens[i].type === 'comment')) i += 1;
  };
  skip();
  const from = i;
  if (tokens[i]?.type === 'operator' && (tokens[i].text === '-' || tokens[i].text === '+') && tokens[i + 1]?.type === 'number') i += 1;
  if (!tokens[i] || !isValue(tokens[i])) return null;
  i = skipCasts(tokens, i + 1);
  const text = tokens.slice(from, i).map((t) => t.text).join('');
  skip();
  return { end: i, text };
}

/** Literal-only lists with at least `minItems` items, outermost first, not overlapping. */
export function findLiteralLists(tokens: Token[], minItems = 2): LiteralList[] {
  const lists: LiteralList[] = [];
  for (let open = 0; open < tokens.length; open += 1) {
    const bracket = tokens[open].text;
    if (bracket !== '(' && bracket !== '[') continue;
    const closing = bracket === '(' ? ')' : ']';
    const items: string[] = [];
    let i = open + 1;
    let ok = false;
    for (;;) {
      const item = readItem(tokens, i);
      if (!item) break;
      items.push(item.text);
      i = item.end;
      if (tokens[i]?.text === ',') {
        i += 1;
        continue;
      }
      ok = tokens[i]?.text === closing;
      break;
    }
    if (ok && items.length >= minItems) {
      lists.push({ open, close: i, items });
      open = i;
    }
  }
  return lists;
}
