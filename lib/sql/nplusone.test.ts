import { describe, expect, it } from 'vitest';
import { fixtureModels, runFixtures } from '../../tests/fixtures/inspector/load';
import type { QueryRecord } from '../runtime/protocol';
import { detectNPlusOne, N_PLUS_ONE_MIN_QUERIES, type QueryWarning } from './nplusone';

type Expected = { warnings: Partial<QueryWarning>[] };
const models = fixtureModels();

describe('detectNPlusOne on real runs', () => {
  for (const { fixture, expect: expected } of runFixtures<Expected>()) {
    it(`${fixture.file}: ${fixture.about}`, () => {
      expect(expected, `missing ${fixture.file.replace('.run.json', '.expect.json')}`).not.toBeNull();
      const warnings = detectNPlusOne(fixture.run.queries, models);
      expect(warnings).toHaveLength(expected!.warnings.length);
      expected!.warnings.forEach((want, i) => {
        const got = warnings[i];
        expect(got).toMatchObject(want);
        // The learner reads the message: it names the line, the count, the relation and the fix.
        expect(got.message).toContain(`${got.line}`);
        expect(got.message).toContain(`${got.count}`);
        if (got.relation) expect(got.message).toContain(`(${got.relation})`);
        if (got.fix) expect(got.message).toContain(`\`${got.fix}\``);
        // The queries it points at are the ones from that line.
        for (const q of got.queryIndices) expect(got.lines).toContain(fixture.run.queries[q].line);
      });
    });
  }
});

describe('detectNPlusOne', () => {
  const loop = runFixtures().find((r) => r.fixture.name === 'forward-fk-loop')!.fixture.run.queries;

  it('still warns, naming the table, without models to name the relation', () => {
    const [w] = detectNPlusOne(loop, []);
    expect(w).toMatchObject({ kind: 'n-plus-one', line: 2, count: 50, table: 'bookstore_author', relation: null, fix: '.in_bulk(ids)' });
    expect(w.message).toContain('bookstore_author');
  });

  it(`needs ${N_PLUS_ONE_MIN_QUERIES} queries of one shape from one line`, () => {
    const parentAndTwo = loop.slice(0, N_PLUS_ONE_MIN_QUERIES);
    expect(detectNPlusOne(parentAndTwo, models)).toEqual([]);
    expect(detectNPlusOne(loop.slice(0, N_PLUS_ONE_MIN_QUERIES + 1), models)).toHaveLength(1);
  });

  it('does not call the same lookups from different lines a loop', () => {
    const spread: QueryRecord[] = loop.slice(1, 6).map((q, i) => ({ ...q, line: i + 1, sql: q.sql.replace(/= \d+/, `= ${i + 1}`) }));
    expect(detectNPlusOne(spread, models)).toEqual([]);
  });

  it('leaves repeated filters on a column that is not a key alone', () => {
    const q = loop[1];
    const byName = Array.from({ length: 5 }, (_, i) => ({
      ...q,
      rawSql: q.rawSql.replace('"bookstore_author"."id" = %s', '"bookstore_author"."name" = %s'),
      sql: q.sql.replace(/"bookstore_author"\."id" = \d+/, `"bookstore_author"."name" = 'n${i}'`),
    }));
    expect(detectNPlusOne(byName, models)).toEqual([]);
  });

  it('ignores failed statements and repeated transaction bookkeeping', () => {
    const savepoint = { ...loop[0], sql: 'RELEASE SAVEPOINT "s1"', rawSql: 'RELEASE SAVEPOINT "s1"' };
    expect(detectNPlusOne([savepoint, savepoint, savepoint], models)).toEqual([]);
    const failed = loop.slice(1, 6).map((q) => ({ ...q, error: '57014' }));
    expect(detectNPlusOne(failed, models)).toEqual([]);
  });
});
