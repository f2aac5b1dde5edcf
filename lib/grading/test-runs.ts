import type { QueryRecord, ResultValue, RunResult } from '@/lib/runtime/protocol';

// Builders of RunResults for the grading tests (shaped as the engine returns them).

export function query(sql: string, extra: Partial<QueryRecord> = {}): QueryRecord {
  return {
    sql,
    rawSql: extra.rawSql ?? sql,
    params: [],
    durationMs: 0.1,
    rowCount: 1,
    line: 1,
    database: 'default',
    inTransaction: false,
    many: false,
    error: null,
    ...extra,
  };
}

export function table(columns: string[], rows: unknown[][]): ResultValue {
  return { kind: 'table', columns, rows, rowCount: rows.length, truncated: false };
}

export function runOf(parts: Partial<RunResult> = {}): RunResult {
  const queries = parts.queries ?? [];
  return {
    ok: true,
    result: { kind: 'none' },
    stdout: '',
    queries,
    queryCount: queries.length,
    error: null,
    durationMs: 1,
    calls: [],
    ...parts,
  };
}

/** The N+1 shape: one query for the books, then one author query per book, all from line 2. */
export function nPlusOne(n: number): QueryRecord[] {
  return [
    query('SELECT "bookstore_book"."id" FROM "bookstore_book" LIMIT 5', { line: 1 }),
    ...Array.from({ length: n }, (_, i) =>
      query(`SELECT "bookstore_author"."name" FROM "bookstore_author" WHERE "bookstore_author"."id" = ${i + 1} LIMIT 21`, {
        rawSql: 'SELECT "bookstore_author"."name" FROM "bookstore_author" WHERE "bookstore_author"."id" = %s LIMIT 21',
        line: 2,
      }),
    ),
  ];
}
