import { describe, expect, it } from 'vitest';
import { runFixtures } from '../../tests/fixtures/inspector/load';
import type { RunResult } from '../runtime/protocol';
import { groupQueries, queryShape, sqlShape } from './shape';

const run = (name: string): RunResult => runFixtures().find((r) => r.fixture.name === name)!.fixture.run;

describe('sqlShape', () => {
  it('is the same for Django\'s template and the SQL PostgreSQL received', () => {
    const queries = runFixtures().flatMap(({ fixture }) => fixture.run.queries);
    for (const q of queries) expect(sqlShape(q.sql)).toBe(sqlShape(q.rawSql));
  });

  it('gives IN lists of any length one shape, and keeps names and operators', () => {
    const a = sqlShape(`SELECT "t"."id" FROM "t" WHERE "t"."id" IN (1, 2, 3) AND "t"."x" > -5`);
    const b = sqlShape(`SELECT "t"."id" FROM "t" WHERE "t"."id" IN (%s) AND "t"."x" > %s`);
    expect(a).toBe(b);
    expect(a).toBe(`SELECT "t"."id" FROM "t" WHERE "t"."id" IN (?…) AND "t"."x" > ?`);
    expect(sqlShape(`SELECT "t"."id" FROM "t" WHERE "t"."id" NOT IN (1, 2, 3)`)).not.toBe(a);
  });

  it('drops casts on values and keeps subtraction apart from signs', () => {
    expect(sqlShape(`SELECT a - 1 FROM t WHERE d = '2024-01-01'::date AND e = E'x'::text`)).toBe(sqlShape(`SELECT a - %s FROM t WHERE d = %s AND e = %s`));
    expect(sqlShape('SELECT a - 1 FROM t')).toBe('SELECT a - ? FROM t');
  });

  it('treats bulk inserts of any size as one shape', () => {
    expect(sqlShape(`INSERT INTO "t" ("a", "b") VALUES (1, 'x'), (2, 'y'), (3, 'z')`)).toBe(sqlShape(`INSERT INTO "t" ("a", "b") VALUES (%s, %s)`));
  });
});

describe('groupQueries', () => {
  it('puts the 50 author lookups of an N+1 loop in one shape group from line 2', () => {
    const queries = run('forward-fk-loop').queries;
    const groups = groupQueries(queries);
    expect(groups.byShape.map((g) => g.count)).toEqual([1, 50]);
    const loop = groups.byShape[1];
    expect(loop.lines).toEqual([{ line: 2, count: 50 }]);
    expect(loop.totalMs).toBeCloseTo(loop.indices.reduce((s, i) => s + queries[i].durationMs, 0), 6);
    expect(queryShape(queries[loop.indices[0]])).toContain('WHERE "bookstore_author"."id" = ? LIMIT ?');
  });

  it('finds identical queries: the loop fetched some authors more than once', () => {
    const queries = run('forward-fk-loop').queries;
    const ids = queries.slice(1).map((q) => JSON.stringify(q.params));
    const repeated = [...new Set(ids)].filter((id) => ids.filter((x) => x === id).length > 1);
    const { duplicates, byShape } = groupQueries(queries);
    expect(duplicates.map((d) => JSON.stringify(queries[d.indices[0]].params)).sort()).toEqual(repeated.sort());
    expect(byShape[1].duplicates).toEqual(duplicates);
  });

  it('counts three identical COUNT queries from three lines as one duplicate group', () => {
    const { duplicates } = groupQueries(run('duplicate-query').queries);
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0].lines).toEqual([{ line: 2, count: 1 }, { line: 3, count: 1 }, { line: 4, count: 1 }]);
  });

  it('puts every query in exactly one shape group', () => {
    for (const { fixture } of runFixtures()) {
      const { byShape } = groupQueries(fixture.run.queries);
      const seen = byShape.flatMap((g) => g.indices).sort((a, b) => a - b);
      expect(seen).toEqual(fixture.run.queries.map((_, i) => i));
    }
  });
});
