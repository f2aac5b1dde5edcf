import type { QueryRecord, RunResult } from '@/lib/runtime/protocol';
import type { Outcome } from './types';

// Checks over the queries a run captured: counts, SQL patterns, N+1, transactions.

const SAVEPOINT = /^\s*(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK TO SAVEPOINT)\b/i;
const WRITE = /^\s*(INSERT|UPDATE|DELETE)\b/i;

const queries = (n: number) => `${n} ${n === 1 ? 'query' : 'queries'}`;
const onLine = (line: number | null) => (line === null ? '' : ` (line ${line})`);

export function maxQueries(run: RunResult, max: number): Outcome {
  const n = run.queryCount;
  return n <= max
    ? { ok: true, detail: `Your code ran ${queries(n)}.` }
    : { ok: false, detail: `Your code ran ${queries(n)}; at most ${max} ${max === 1 ? 'is' : 'are'} allowed.${busiestLine(run.queries)}` };
}

export function exactQueries(run: RunResult, count: number): Outcome {
  const n = run.queryCount;
  return n === count
    ? { ok: true, detail: `Your code ran ${queries(n)}.` }
    : { ok: false, detail: `Your code ran ${queries(n)}; exactly ${count} ${count === 1 ? 'is' : 'are'} expected.${busiestLine(run.queries)}` };
}

/** " Line 4 sent 50 of them." when one line is responsible for several queries. */
function busiestLine(list: QueryRecord[]): string {
  const byLine = new Map<number, number>();
  for (const q of list) if (q.line !== null) byLine.set(q.line, (byLine.get(q.line) ?? 0) + 1);
  const [line, n] = [...byLine].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return line !== null && n > 1 ? ` Line ${line} sent ${n} of them.` : '';
}

function matcher(pattern: string, regex: boolean): (sql: string) => boolean {
  if (regex) {
    const re = new RegExp(pattern, 'i');
    return (sql) => re.test(sql);
  }
  const needle = pattern.toLowerCase();
  return (sql) => sql.toLowerCase().includes(needle);
}

export function sqlIncludes(run: RunResult, pattern: string, regex: boolean): Outcome {
  const hit = run.queries.find((q) => matcher(pattern, regex)(q.sql));
  if (hit) return { ok: true, detail: `Found in the query${onLine(hit.line)}.` };
  return { ok: false, detail: run.queries.length ? `None of your ${queries(run.queries.length)} contains it.` : 'Your code ran no query.' };
}

export function sqlExcludes(run: RunResult, pattern: string, regex: boolean): Outcome {
  const hit = run.queries.find((q) => matcher(pattern, regex)(q.sql));
  if (!hit) return { ok: true, detail: `None of your ${queries(run.queries.length)} contains it.` };
  return { ok: false, detail: `The query${onLine(hit.line)} contains it: ${shorten(hit.sql)}` };
}

/** Same SQL template (parameters aside) `threshold` times or more: a loop issuing one query per item. */
export function noNPlusOne(run: RunResult, threshold: number): Outcome {
  const groups = new Map<string, QueryRecord[]>();
  for (const q of run.queries) {
    if (SAVEPOINT.test(q.rawSql)) continue;
    groups.set(q.rawSql, [...(groups.get(q.rawSql) ?? []), q]);
  }
  const worst = [...groups.values()].sort((a, b) => b.length - a.length)[0];
  if (!worst || worst.length < threshold) return { ok: true, detail: 'No query repeats once per row.' };
  const first = worst[0];
  // The very same statement (parameters included) is a QuerySet evaluated again, not a loop
  // over rows: the advice differs.
  if (worst.every((q) => q.sql === first.sql)) {
    return {
      ok: false,
      detail: `The same query, with the same parameters, ran ${worst.length} times${onLine(first.line)}: ${shorten(first.sql)} Evaluate the QuerySet once (keep the list, or reuse the same QuerySet object, whose result is cached).`,
    };
  }
  return {
    ok: false,
    detail: `The same query ran ${worst.length} times${onLine(first.line)}, once per row: ${shorten(first.rawSql)} Load the related rows up front (select_related / prefetch_related).`,
  };
}

/** Every write ran with autocommit off, and nothing autocommitted between the first and last. */
export function atomic(run: RunResult): Outcome {
  const list = run.queries.filter((q) => !SAVEPOINT.test(q.sql));
  const writes = list.map((q, i) => [q, i] as const).filter(([q]) => WRITE.test(q.sql));
  if (!writes.length) return { ok: false, detail: 'Your code wrote nothing (no INSERT, UPDATE or DELETE ran).' };
  const outside = writes.find(([q]) => !q.inTransaction);
  if (outside) {
    const [q] = outside;
    return { ok: false, detail: `The ${verb(q.sql)}${onLine(q.line)} ran in autocommit mode, outside a transaction. Wrap the writes in transaction.atomic().` };
  }
  const [firstIndex, lastIndex] = [writes[0][1], writes[writes.length - 1][1]];
  const gap = list.slice(firstIndex, lastIndex + 1).find((q) => !q.inTransaction);
  if (gap) return { ok: false, detail: `The writes are split: the query${onLine(gap.line)} ran between them outside any transaction.` };
  return { ok: true, detail: `All ${writes.length} write${writes.length === 1 ? '' : 's'} ran inside a transaction.` };
}

function verb(sql: string): string {
  return (WRITE.exec(sql)?.[1] ?? 'query').toUpperCase();
}

export function shorten(sql: string, max = 160): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
