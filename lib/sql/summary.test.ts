import { describe, expect, it } from 'vitest';
import { runFixtures } from '../../tests/fixtures/inspector/load';
import { sqlSummary } from './summary';

const queries = runFixtures().find((r) => r.fixture.name === 'forward-fk-loop')!.fixture.run.queries;

describe('sqlSummary', () => {
  it('elides Django\'s column list so the lookups of a loop show what differs', () => {
    const a = sqlSummary(queries[1].sql);
    expect(a).toBe(`SELECT … FROM "bookstore_author" WHERE "bookstore_author"."id" = ${(queries[1].params as number[])[0]} LIMIT 21`);
    expect(sqlSummary(queries[2].sql)).not.toBe(a);
  });

  it('keeps short select lists and aggregates as written', () => {
    expect(sqlSummary('SELECT COUNT(*) AS "__count" FROM "t" WHERE "t"."a" = 1')).toBe('SELECT COUNT(*) AS "__count" FROM "t" WHERE "t"."a" = 1');
    expect(sqlSummary('SELECT DISTINCT "a", "b", "c" FROM "t"')).toBe('SELECT DISTINCT … FROM "t"');
  });

  it('shortens long IN lists and puts everything on one line', () => {
    const ids = Array.from({ length: 40 }, (_, i) => i + 1).join(', ');
    expect(sqlSummary(`SELECT "id"\nFROM "t"\nWHERE "id" IN (${ids})`)).toBe('SELECT "id" FROM "t" WHERE "id" IN (1, 2, 3, 4, 5, … 35 more)');
  });
});
