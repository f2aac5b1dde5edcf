import { describe, expect, it } from 'vitest';
import { runFixtures } from '../../tests/fixtures/inspector/load';
import { significant, tokenize, type Token } from './tokenize';

const kinds = (sql: string) => significant(tokenize(sql)).map((t: Token) => [t.type, t.text]);

describe('tokenize', () => {
  it('gives back every captured query exactly when its tokens are joined', () => {
    const queries = runFixtures().flatMap(({ fixture }) => fixture.run.queries);
    expect(queries.length).toBeGreaterThan(100);
    for (const q of queries) {
      expect(tokenize(q.sql).map((t) => t.text).join('')).toBe(q.sql);
      expect(tokenize(q.rawSql).map((t) => t.text).join('')).toBe(q.rawSql);
    }
  });

  it('tells quoted names from strings, and keeps E-strings with escaped quotes whole', () => {
    expect(kinds(`SELECT "bookstore_book"."title" FROM x WHERE t LIKE E'it\\'s %' AND s = 'a''b'`)).toEqual([
      ['keyword', 'SELECT'],
      ['quoted', '"bookstore_book"'],
      ['punct', '.'],
      ['quoted', '"title"'],
      ['keyword', 'FROM'],
      ['identifier', 'x'],
      ['keyword', 'WHERE'],
      ['identifier', 't'],
      ['keyword', 'LIKE'],
      ['string', "E'it\\'s %'"],
      ['keyword', 'AND'],
      ['identifier', 's'],
      ['operator', '='],
      ['string', "'a''b'"],
    ]);
  });

  it('reads casts, numbered and Django placeholders, and JSON operators', () => {
    expect(kinds(`$1::int + %s - %(n)s, m #> '{a}', 1.5e3`)).toEqual([
      ['param', '$1'],
      ['operator', '::'],
      ['identifier', 'int'],
      ['operator', '+'],
      ['param', '%s'],
      ['operator', '-'],
      ['param', '%(n)s'],
      ['punct', ','],
      ['identifier', 'm'],
      ['operator', '#>'],
      ['string', "'{a}'"],
      ['punct', ','],
      ['number', '1.5e3'],
    ]);
  });

  it('reads line comments, nested block comments and dollar quotes', () => {
    const tokens = tokenize(`SELECT 1 -- one\n/* a /* nested */ still */ $fn$ it's $fn$`).filter((t) => t.type !== 'space');
    expect(tokens.map((t) => t.type)).toEqual(['keyword', 'number', 'comment', 'comment', 'string']);
    expect(tokens[3].text).toBe('/* a /* nested */ still */');
  });

  it('runs an unterminated string or comment to the end instead of failing', () => {
    expect(kinds(`SELECT 'oops`)).toEqual([['keyword', 'SELECT'], ['string', "'oops"]]);
    expect(tokenize(`SELECT /* oops`).at(-1)).toEqual({ type: 'comment', text: '/* oops' });
  });
});
