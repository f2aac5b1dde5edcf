import { describe, expect, it } from 'vitest';
import { runFixtures } from '../../tests/fixtures/inspector/load';
import { formatSql, oneLineSql } from './format';
import { sqlShape } from './shape';

const queries = runFixtures().flatMap(({ fixture }) => fixture.run.queries);

describe('formatSql', () => {
  it('puts each selected column and each clause of a Django query on its own line', () => {
    const q = queries.find((x) => x.sql.startsWith('SELECT "bookstore_review"."id"'))!;
    const lines = formatSql(q.sql).split('\n');
    expect(lines[0]).toBe('SELECT');
    expect(lines).toContain('  "bookstore_review"."reviewer",');
    expect(lines).toContain('FROM');
    expect(lines.some((l) => l.trim().startsWith('INNER JOIN "bookstore_book" ON'))).toBe(true);
    expect(lines).toContain('ORDER BY');
  });

  it('changes only whitespace: every captured query keeps its shape and values', () => {
    for (const q of queries) {
      const formatted = formatSql(q.sql);
      expect(sqlShape(formatted)).toBe(sqlShape(q.sql));
      expect(formatted.replace(/\s+/g, '')).toBe(q.sql.replace(/\s+/g, ''));
    }
  });

  it('formats Django templates with %s placeholders', () => {
    const q = queries.find((x) => x.rawSql.includes('= %s LIMIT 21'))!;
    expect(formatSql(q.rawSql)).toMatch(/WHERE\n {2}"bookstore_author"\."id" = %s\nLIMIT\n {2}21$/);
  });

  it('keeps a 1,000-id IN list on one line, quickly', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => i + 1);
    const sql = `SELECT "bookstore_book"."id" FROM "bookstore_book" WHERE "bookstore_book"."id" IN (${ids.join(', ')})`;
    const started = performance.now();
    const out = formatSql(sql);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(out.split('\n').length).toBeLessThan(10);
    expect(out).toContain(`IN (${ids.join(', ')})`);
  });

  it('can shorten long literal lists for display, saying how many it left out', () => {
    const sql = `SELECT 1 FROM t WHERE id IN (${Array.from({ length: 40 }, (_, i) => `'2024-01-${String(i % 28 + 1).padStart(2, '0')}'::date`).join(', ')})`;
    expect(formatSql(sql, { maxListItems: 3 })).toContain(`IN ('2024-01-01'::date, '2024-01-02'::date, '2024-01-03'::date /* … 37 more */)`);
  });

  it('returns SQL it cannot parse unchanged', () => {
    expect(formatSql(`SELECT 'unterminated`)).toBe(`SELECT 'unterminated`);
    expect(formatSql('')).toBe('');
  });
});

describe('oneLineSql', () => {
  it('joins a formatted query back onto one line without touching its strings', () => {
    const sql = `SELECT  'a  b'\n  FROM t -- note\nWHERE x = 1`;
    expect(oneLineSql(sql)).toBe(`SELECT 'a  b' FROM t /* note */ WHERE x = 1`);
  });
});
