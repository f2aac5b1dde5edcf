import 'server-only';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { SqlRunner } from './sql-runner';

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await db.query<Row>(sql, params)).rows,
  };
}

export function pgClientRunner(client: pg.ClientBase): SqlRunner {
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await client.query<Row>(sql, params)).rows,
  };
}
