import { describe, expect, it } from 'vitest';
import { checkSchema, type CheckSpec } from '@/lib/lessons/checks-schema';
import type { ExplainPlan, RunResult } from '@/lib/runtime/protocol';
import { checkScript } from './code-checks';
import { gradeRun } from './grade';
import { nPlusOne, query, runOf, table } from './test-runs';
import type { GradingContext, Verdict } from './types';

// One pass and one fail case for every check kind, through gradeRun (what the UI and
// lessons:verify call), with the effects (reference run, EXPLAIN, check.py) faked.

const seqScan: ExplainPlan[] = [{ Plan: { 'Node Type': 'Seq Scan', 'Relation Name': 'bookstore_book' } }];
const indexScan: ExplainPlan[] = [
  {
    Plan: {
      'Node Type': 'Nested Loop',
      Plans: [
        { 'Node Type': 'Seq Scan', 'Relation Name': 'bookstore_author' },
        { 'Node Type': 'Index Scan', 'Index Name': 'book_price_idx', 'Relation Name': 'bookstore_book' },
      ],
    },
  },
];

function ctx(overrides: Partial<GradingContext> = {}): GradingContext {
  return {
    reference: async () => runOf({ result: table(['title', 'price'], [['Dune', '9.99'], ['Emma', '4.99']]) }),
    explain: async () => seqScan,
    runPython: async () => runOf({ result: { kind: 'json', value: { pass: true, message: '' } } }),
    checkSource: 'def check(result, queries, cursor):\n    return None\n',
    ...overrides,
  };
}

async function verdict(check: Record<string, unknown>, run: RunResult, context = ctx()): Promise<Verdict> {
  const spec: CheckSpec = checkSchema.parse(check);
  const report = await gradeRun({ checks: [spec], mistakes: [], solution: '', checkSource: context.checkSource }, run, context);
  return report.verdicts[0];
}

describe('rows', () => {
  const ref = ctx();
  it('compares dict results key by key and says where they differ', async () => {
    const expected = { count: 2, books: [['Dune', '9.99'], ['Emma', '4.99']] };
    const dictRef = ctx({ reference: async () => runOf({ result: { kind: 'json', value: expected } }) });
    const same = runOf({ result: { kind: 'json', value: { books: [['Dune', '9.99'], ['Emma', '4.99']], count: 2 } } });
    expect((await verdict({ kind: 'rows', ordered: true }, same, dictRef)).status).toBe('pass');
    const wrong = runOf({ result: { kind: 'json', value: { count: 2, books: [['Emma', '4.99'], ['Dune', '9.99']] } } });
    const v = await verdict({ kind: 'rows', ordered: true }, wrong, dictRef);
    expect(v.status).toBe('fail');
    expect(v.detail).toMatch(/^Under "books": Row 1 differs: got \["Emma","4.99"\], expected \["Dune","9.99"\]/);
    const keys = await verdict({ kind: 'rows' }, runOf({ result: { kind: 'json', value: { count: 2 } } }), dictRef);
    expect(keys.detail).toBe('Your dict has the keys "count"; expected "count", "books".');
  });
  it('passes the same rows in another order and column order when unordered', async () => {
    const run = runOf({ result: table(['price', 'title'], [['4.99', 'Emma'], ['9.99', 'Dune']]) });
    expect(await verdict({ kind: 'rows' }, run, ref)).toMatchObject({ status: 'pass', detail: 'All 2 rows match.' });
  });
  it('fails the same rows in another order when ordered, pointing at the ordering', async () => {
    const run = runOf({ result: table(['title', 'price'], [['Emma', '4.99'], ['Dune', '9.99']]) });
    const v = await verdict({ kind: 'rows', ordered: true }, run, ref);
    expect(v.status).toBe('fail');
    expect(v.detail).toBe('Row 1 differs: got ["Emma","4.99"], expected ["Dune","9.99"]. It is further down: check the ordering.');
  });
  it('fails a different row count and different columns', async () => {
    expect((await verdict({ kind: 'rows' }, runOf({ result: table(['title', 'price'], [['Dune', '9.99']]) }), ref)).detail).toBe(
      'Your result has 1 rows; the expected result has 2.',
    );
    expect((await verdict({ kind: 'rows' }, runOf({ result: table(['title', 'pages'], [['Dune', 1], ['Emma', 2]]) }), ref)).detail).toBe(
      'Your columns are "title", "pages"; expected "title", "price". Missing: "price".',
    );
  });
  it('accepts a list of tuples for a table of the same rows', async () => {
    const run = runOf({ result: { kind: 'json', value: [['Emma', '4.99'], ['Dune', '9.99']] } });
    expect((await verdict({ kind: 'rows' }, run, ref)).status).toBe('pass');
  });
  it('compares plain values', async () => {
    const count = ctx({ reference: async () => runOf({ result: { kind: 'json', value: 20000 } }) });
    expect((await verdict({ kind: 'rows' }, runOf({ result: { kind: 'json', value: 20000 } }), count)).status).toBe('pass');
    expect((await verdict({ kind: 'rows' }, runOf({ result: { kind: 'json', value: 19999 } }), count)).detail).toBe(
      'Expected the value 20000; your code gave the value 19999.',
    );
  });
  it('is an error, not a failure, when the reference solution itself fails', async () => {
    const broken = ctx({ reference: async () => runOf({ ok: false, error: { type: 'NameError', message: 'x', line: 1, traceback: '', sqlstate: null } }) });
    expect((await verdict({ kind: 'rows' }, runOf(), broken)).status).toBe('error');
  });
});

describe('query counts', () => {
  it('maxQueries passes within the budget and fails over it, naming the busiest line', async () => {
    expect((await verdict({ kind: 'maxQueries', max: 1 }, runOf({ queries: [query('SELECT 1')] }))).status).toBe('pass');
    const v = await verdict({ kind: 'maxQueries', max: 1 }, runOf({ queries: nPlusOne(5) }));
    expect(v).toMatchObject({ status: 'fail', title: 'At most 1 query', detail: 'Your code ran 6 queries; at most 1 is allowed. Line 2 sent 5 of them.' });
  });
  it('exactQueries passes the exact count only', async () => {
    expect((await verdict({ kind: 'exactQueries', count: 2 }, runOf({ queries: [query('SELECT 1'), query('SELECT 2')] }))).status).toBe('pass');
    expect((await verdict({ kind: 'exactQueries', count: 2 }, runOf({ queries: [query('SELECT 1')] }))).detail).toBe(
      'Your code ran 1 query; exactly 2 are expected.',
    );
  });
});

describe('SQL patterns', () => {
  const joined = runOf({ queries: [query('SELECT * FROM "bookstore_book" INNER JOIN "bookstore_author" ON (...)', { line: 3 })] });
  it('sqlIncludes finds text case-insensitively, or a regex', async () => {
    expect((await verdict({ kind: 'sqlIncludes', pattern: 'inner join' }, joined)).detail).toBe('Found in the query (line 3).');
    expect((await verdict({ kind: 'sqlIncludes', pattern: 'JOIN\\s+"bookstore_author"', regex: true }, joined)).status).toBe('pass');
    expect((await verdict({ kind: 'sqlIncludes', pattern: 'LEFT OUTER JOIN' }, joined)).status).toBe('fail');
  });
  it('sqlExcludes fails when any query contains it and names that query', async () => {
    expect((await verdict({ kind: 'sqlExcludes', pattern: 'OFFSET' }, joined)).status).toBe('pass');
    const v = await verdict({ kind: 'sqlExcludes', pattern: 'join' }, joined);
    expect(v.status).toBe('fail');
    expect(v.detail).toMatch(/^The query \(line 3\) contains it: SELECT \* FROM "bookstore_book" INNER JOIN/);
  });
});

describe('noNPlusOne', () => {
  it('fails one query per row and names the line and the fix', async () => {
    const v = await verdict({ kind: 'noNPlusOne' }, runOf({ queries: nPlusOne(5) }));
    expect(v.status).toBe('fail');
    expect(v.detail).toMatch(/^The same query ran 5 times \(line 2\), once per row: SELECT "bookstore_author"\."name" .* = %s LIMIT 21 Load the related rows/);
  });
  it('passes distinct queries, and repeats under the threshold', async () => {
    expect((await verdict({ kind: 'noNPlusOne' }, runOf({ queries: nPlusOne(1) }))).status).toBe('pass');
    expect((await verdict({ kind: 'noNPlusOne', threshold: 3 }, runOf({ queries: nPlusOne(2) }))).status).toBe('pass');
  });
  it('tells a QuerySet evaluated again from a loop over rows', async () => {
    const again = [1, 2, 3].map(() => query('SELECT "bookstore_book"."id" FROM "bookstore_book" WHERE "bookstore_book"."price" < 10', { line: 4 }));
    const v = await verdict({ kind: 'noNPlusOne' }, runOf({ queries: again }));
    expect(v.status).toBe('fail');
    expect(v.detail).toMatch(/^The same query, with the same parameters, ran 3 times \(line 4\): .* Evaluate the QuerySet once/);
  });
  it('does not count savepoints as repeats', async () => {
    const sp = [1, 2, 3].map((i) => query(`SAVEPOINT "s${i}"`, { rawSql: `SAVEPOINT "s${i}"`.replace(/\d/, '') }));
    expect((await verdict({ kind: 'noNPlusOne' }, runOf({ queries: sp }))).status).toBe('pass');
  });
});

describe('usesIndex', () => {
  const select = runOf({ queries: [query('SELECT * FROM "bookstore_book" WHERE "price" < 10', { line: 4 })] });
  it('passes when a plan node scans the named index (nested plans too)', async () => {
    const v = await verdict({ kind: 'usesIndex', index: 'book_price_idx' }, select, ctx({ explain: async () => indexScan }));
    expect(v).toMatchObject({ status: 'pass', detail: 'The plan of the query (line 4) has Index Scan using book_price_idx on bookstore_book.' });
  });
  it('fails a sequential scan and says what PostgreSQL chose', async () => {
    const v = await verdict({ kind: 'usesIndex' }, select);
    expect(v).toMatchObject({ status: 'fail', detail: 'No plan uses an index; PostgreSQL chose Seq Scan on bookstore_book (line 4).' });
  });
  it('fails another index than the one named', async () => {
    expect((await verdict({ kind: 'usesIndex', index: 'other_idx' }, select, ctx({ explain: async () => indexScan }))).status).toBe('fail');
  });
  it('explains only SELECTs, and an EXPLAIN error is an error verdict', async () => {
    const explained: string[] = [];
    const spy = ctx({ explain: async (sql) => (explained.push(sql), seqScan) });
    await verdict({ kind: 'usesIndex' }, runOf({ queries: [query('UPDATE "bookstore_book" SET "price" = 1'), query('SELECT 1')] }), spy);
    expect(explained).toEqual(['SELECT 1']);
    const failing = ctx({ explain: async () => Promise.reject(new Error('syntax error')) });
    expect((await verdict({ kind: 'usesIndex' }, select, failing)).status).toBe('error');
  });
});

describe('calls', () => {
  const run = runOf({ calls: [{ name: 'filter', line: 1 }, { name: 'select_related', line: 2 }] });
  it('passes when the code calls the name and fails when it never does', async () => {
    expect(await verdict({ kind: 'calls', name: 'select_related' }, run)).toMatchObject({ status: 'pass', detail: 'select_related() is called on line 2.' });
    expect(await verdict({ kind: 'calls', name: 'prefetch_related' }, run)).toMatchObject({ status: 'fail', detail: 'Your code never calls prefetch_related().' });
  });
  it('max: 0 forbids a call', async () => {
    expect(await verdict({ kind: 'calls', name: 'filter', max: 0 }, run)).toMatchObject({
      status: 'fail',
      title: 'Does not call filter()',
      detail: 'Your code calls filter() (line 1); solve it without it.',
    });
    expect((await verdict({ kind: 'calls', name: 'raw', max: 0 }, run)).status).toBe('pass');
  });
  it('still judges the code when the run raised', async () => {
    const raised = runOf({ ok: false, calls: run.calls, error: { type: 'FieldError', message: 'bad', line: 2, traceback: '', sqlstate: null } });
    expect((await verdict({ kind: 'calls', name: 'select_related' }, raised)).status).toBe('pass');
    expect(await verdict({ kind: 'maxQueries', max: 5 }, raised)).toMatchObject({ status: 'fail', detail: 'Your code stopped with FieldError on line 2: bad' });
  });
});

describe('atomic', () => {
  const update = (inTransaction: boolean, line = 3) => query('UPDATE "bookstore_book" SET "in_stock" = 1', { inTransaction, line });
  it('passes writes that all ran in a transaction', async () => {
    const run = runOf({ queries: [query('SELECT 1'), query('SAVEPOINT "s1"', { inTransaction: true }), update(true), update(true)] });
    expect(await verdict({ kind: 'atomic' }, run)).toMatchObject({ status: 'pass', detail: 'All 2 writes ran inside a transaction.' });
  });
  it('fails a write in autocommit, and writes split by an autocommitted query', async () => {
    expect((await verdict({ kind: 'atomic' }, runOf({ queries: [update(true), update(false, 5)] }))).detail).toBe(
      'The UPDATE (line 5) ran in autocommit mode, outside a transaction. Wrap the writes in transaction.atomic().',
    );
    const split = runOf({ queries: [update(true), query('SELECT 2', { line: 4 }), update(true)] });
    expect((await verdict({ kind: 'atomic' }, split)).detail).toBe('The writes are split: the query (line 4) ran between them outside any transaction.');
  });
  it('fails a run that wrote nothing', async () => {
    expect((await verdict({ kind: 'atomic' }, runOf({ queries: [query('SELECT 1')] }))).status).toBe('fail');
  });
});

describe('python', () => {
  it('passes on None/True and fails with the message check.py returned', async () => {
    expect((await verdict({ kind: 'python' }, runOf())).status).toBe('pass');
    const failing = ctx({ runPython: async () => runOf({ result: { kind: 'json', value: { pass: false, message: 'Stock is still 3.' } } }) });
    expect(await verdict({ kind: 'python', title: 'Stock went up' }, runOf(), failing)).toMatchObject({
      status: 'fail',
      title: 'Stock went up',
      detail: 'Stock is still 3.',
    });
  });
  it('is an error when check.py raises', async () => {
    const raising = ctx({ runPython: async () => runOf({ ok: false, error: { type: 'NameError', message: "name 'Bok' is not defined", line: null, traceback: '', sqlstate: null } }) });
    expect(await verdict({ kind: 'python' }, runOf(), raising)).toMatchObject({ status: 'error', detail: "The check could not run (NameError: name 'Bok' is not defined)." });
  });
  it('hands check.py the run as JSON, safely quoted for Python', () => {
    const script = checkScript('def stock(result, queries, cursor):\n    pass\n', 'stock', runOf({ result: { kind: 'text', value: 'a "quoted" \\ value' } }));
    expect(script).toContain('_check = _scope.get("stock")');
    expect(script).toContain(String.raw`_payload = _json.loads("{\"result\":{\"kind\":\"text\",\"value\":\"a \\\"quoted\\\" \\\\ value\"},\"queries\":[]}")`);
  });
});
