// A PostgreSQL tokenizer: enough of the lexical grammar to colour SQL for reading, to normalise
// a query into its shape and to find its tables and WHERE clause. It never throws: input it
// cannot make sense of becomes `other` tokens, an unterminated string or comment runs to the end.
// Concatenating the tokens' text gives back the input exactly.
//
// Written by hand rather than with a highlighting library because the small ones treat
// "quoted" names as strings and `#` as a comment start, both wrong for PostgreSQL.
import { SQL_KEYWORDS } from './keywords';

export type TokenType =
  | 'space'
  | 'comment'
  | 'keyword'
  | 'identifier'
  /** "quoted" identifier (a table or column name as Django writes them). */
  | 'quoted'
  | 'string'
  | 'number'
  /** Placeholder: `%s`, `%(name)s` (Django's templates), `$1` (prepared statements). */
  | 'param'
  | 'operator'
  /** ( ) [ ] , ; . */
  | 'punct'
  | 'other';

export interface Token {
  type: TokenType;
  text: string;
}

const OPERATOR_CHARS = new Set('+-*/<>=~!@#%^&|`?');
const PUNCT = new Set('()[],;.');

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isDigit = (c: string) => c >= '0' && c <= '9';
const isIdentStart = (c: string) => /[A-Za-z_\u0080-\uffff]/.test(c);
const isIdentPart = (c: string) => /[A-Za-z0-9_$\u0080-\uffff]/.test(c);

/** End (exclusive) of a quoted run starting at `start` (on the opening quote). A doubled quote
 *  is an escaped quote; with `backslash`, so is \' (E'...' strings). */
function quotedEnd(sql: string, start: number, quote: string, backslash: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i];
    if (backslash && c === '\\') {
      i += 2;
      continue;
    }
    if (c === quote) {
      if (sql[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return sql.length;
}

/** Block comments nest in PostgreSQL. */
function blockCommentEnd(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth += 1;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else {
      i += 1;
    }
  }
  return sql.length;
}

/** `$tag$ ... $tag$` (or `$$ ... $$`) starting at `start`, or -1 when `start` is no dollar quote. */
function dollarQuoteEnd(sql: string, start: number): number {
  const open = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(start, start + 64));
  if (!open) return -1;
  const close = sql.indexOf(open[0], start + open[0].length);
  return close < 0 ? sql.length : close + open[0].length;
}

function numberEnd(sql: string, start: number): number {
  const m = /^(?:0[xX][0-9A-Fa-f_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)/.exec(
    sql.slice(start, start + 128),
  );
  return start + (m ? m[0].length : 1);
}

function operatorEnd(sql: string, start: number): number {
  let i = start;
  while (i < sql.length && OPERATOR_CHARS.has(sql[i])) {
    // A comment start ends an operator (PostgreSQL's rule), unless it is the first character.
    if (i > start && (sql.startsWith('--', i) || sql.startsWith('/*', i))) break;
    i += 1;
  }
  return i;
}

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (type: TokenType, end: number) => {
    tokens.push({ type, text: sql.slice(i, end) });
    i = end;
  };
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1] ?? '';
    if (isSpace(c)) {
      let end = i + 1;
      while (end < sql.length && isSpace(sql[end])) end += 1;
      push('space', end);
    } else if (c === '-' && next === '-') {
      const nl = sql.indexOf('\n', i);
      push('comment', nl < 0 ? sql.length : nl);
    } else if (c === '/' && next === '*') {
      push('comment', blockCommentEnd(sql, i));
    } else if (c === "'") {
      push('string', quotedEnd(sql, i, "'", false));
    } else if (c === '"') {
      push('quoted', quotedEnd(sql, i, '"', false));
    } else if ((c === 'E' || c === 'e') && next === "'") {
      push('string', quotedEnd(sql, i + 1, "'", true));
    } else if (/[BbXxNn]/.test(c) && next === "'") {
      push('string', quotedEnd(sql, i + 1, "'", false));
    } else if ((c === 'U' || c === 'u') && next === '&' && (sql[i + 2] === "'" || sql[i + 2] === '"')) {
      push(sql[i + 2] === "'" ? 'string' : 'quoted', quotedEnd(sql, i + 2, sql[i + 2], false));
    } else if (c === '$' && isDigit(next)) {
      let end = i + 1;
      while (end < sql.length && isDigit(sql[end])) end += 1;
      push('param', end);
    } else if (c === '$' && dollarQuoteEnd(sql, i) > 0) {
      push('string', dollarQuoteEnd(sql, i));
    } else if (c === '%' && next === 's') {
      push('param', i + 2);
    } else if (c === '%' && next === '(') {
      const m = /^%\([^)]*\)s/.exec(sql.slice(i, i + 200));
      if (m) push('param', i + m[0].length);
      else push('operator', operatorEnd(sql, i));
    } else if (isDigit(c) || (c === '.' && isDigit(next))) {
      push('number', numberEnd(sql, i));
    } else if (isIdentStart(c)) {
      let end = i + 1;
      while (end < sql.length && isIdentPart(sql[end])) end += 1;
      push(SQL_KEYWORDS.has(sql.slice(i, end).toUpperCase()) ? 'keyword' : 'identifier', end);
    } else if (c === ':' && next === ':') {
      push('operator', i + 2);
    } else if (PUNCT.has(c)) {
      push('punct', i + 1);
    } else if (OPERATOR_CHARS.has(c)) {
      push('operator', operatorEnd(sql, i));
    } else {
      push('other', i + 1);
    }
  }
  return tokens;
}

/** Tokens that carry meaning (no whitespace, no comments). */
export function significant(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.type !== 'space' && t.type !== 'comment');
}

/** A quoted identifier's name ("bookstore_book" -> bookstore_book); other tokens as written. */
export function identifierName(token: Token): string {
  if (token.type === 'quoted') return token.text.replace(/^(?:U&)?"/i, '').replace(/"$/, '').replace(/""/g, '"');
  return token.type === 'identifier' ? token.text.toLowerCase() : token.text;
}
