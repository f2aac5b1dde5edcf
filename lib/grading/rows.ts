import type { ResultValue } from '@/lib/runtime/protocol';
import type { Outcome } from './types';

// `rows`: the learner's result equals the reference solution's. Tables compare by column name
// (in any column order) and by rows, ordered or as a multiset; a list of values or tuples
// compares with a table of the same rows (a flat values_list and a Python list are the same
// answer). Cells are already canonical text for decimals and dates (python/ormlab/serialize.py).

type Shape =
  | { kind: 'rows'; columns: string[] | null; rows: unknown[][]; total: number }
  | { kind: 'value'; value: unknown; describe: string };

function shape(result: ResultValue | null): Shape {
  if (!result || result.kind === 'none') return { kind: 'value', value: null, describe: 'nothing (None)' };
  if (result.kind === 'table') return { kind: 'rows', columns: result.columns, rows: result.rows, total: result.rowCount };
  if (result.kind === 'text') return { kind: 'value', value: result.value, describe: 'an object shown as text' };
  const value = result.value;
  if (Array.isArray(value)) {
    if (value.every((v) => Array.isArray(v))) return { kind: 'rows', columns: null, rows: value as unknown[][], total: value.length };
    if (value.every(isPlainObject) && value.length) {
      const columns = Object.keys(value[0] as object);
      return { kind: 'rows', columns, rows: value.map((v) => columns.map((c) => (v as Record<string, unknown>)[c])), total: value.length };
    }
    if (value.every((v) => !isPlainObject(v))) return { kind: 'rows', columns: null, rows: value.map((v) => [v]), total: value.length };
  }
  return { kind: 'value', value, describe: typeof value === 'object' && value !== null ? 'a dict' : `the value ${canonical(value)}` };
}

export function compareResults(got: ResultValue | null, expected: ResultValue | null, ordered: boolean): Outcome {
  const a = shape(got);
  const b = shape(expected);
  if (b.kind === 'value') {
    if (a.kind === 'value' && canonical(a.value) === canonical(b.value)) return { ok: true, detail: 'Your result matches.' };
    if (a.kind === 'value' && isPlainObject(a.value) && isPlainObject(b.value)) return compareDicts(a.value, b.value, ordered);
    return { ok: false, detail: `Expected ${b.describe}; your code gave ${a.kind === 'value' ? a.describe : `${a.total} rows`}.` };
  }
  if (a.kind === 'value') return { ok: false, detail: `Expected ${b.total} rows; your code gave ${a.describe}.` };
  if (a.total !== b.total) return { ok: false, detail: `Your result has ${a.total} rows; the expected result has ${b.total}.` };
  let rows = a.rows;
  if (a.columns && b.columns) {
    const missing = b.columns.filter((c) => !a.columns!.includes(c));
    const extra = a.columns.filter((c) => !b.columns!.includes(c));
    if (missing.length || extra.length) {
      return {
        ok: false,
        detail: `Your columns are ${list(a.columns)}; expected ${list(b.columns)}.${missing.length ? ` Missing: ${list(missing)}.` : ''}`,
      };
    }
    const order = b.columns.map((c) => a.columns!.indexOf(c));
    rows = a.rows.map((r) => order.map((i) => r[i]));
  } else if ((a.rows[0]?.length ?? 0) !== (b.rows[0]?.length ?? 0)) {
    return { ok: false, detail: `Your rows have ${a.rows[0]?.length ?? 0} values each; expected ${b.rows[0]?.length ?? 0}.` };
  }
  return ordered ? compareOrdered(rows, b.rows) : compareUnordered(rows, b.rows);
}

/** Two dicts: the first key missing, extra or different, with the comparison of its values. */
function compareDicts(got: Record<string, unknown>, expected: Record<string, unknown>, ordered: boolean): Outcome {
  const missing = Object.keys(expected).filter((k) => !(k in got));
  const extra = Object.keys(got).filter((k) => !(k in expected));
  if (missing.length || extra.length) {
    return { ok: false, detail: `Your dict has the keys ${list(Object.keys(got))}; expected ${list(Object.keys(expected))}.` };
  }
  for (const key of Object.keys(expected)) {
    if (canonical(got[key]) === canonical(expected[key])) continue;
    const inner = compareResults({ kind: 'json', value: got[key] }, { kind: 'json', value: expected[key] }, ordered);
    return { ok: false, detail: `Under "${key}": ${inner.detail}` };
  }
  return { ok: true, detail: 'Your result matches.' };
}

function compareOrdered(got: unknown[][], expected: unknown[][]): Outcome {
  const i = expected.findIndex((row, k) => canonical(row) !== canonical(got[k]));
  if (i === -1) return { ok: true, detail: `All ${expected.length} rows match, in order.` };
  const elsewhere = got.some((row) => canonical(row) === canonical(expected[i]));
  return {
    ok: false,
    detail: `Row ${i + 1} differs: got ${canonical(got[i])}, expected ${canonical(expected[i])}.${elsewhere ? ' It is further down: check the ordering.' : ''}`,
  };
}

function compareUnordered(got: unknown[][], expected: unknown[][]): Outcome {
  const counts = new Map<string, number>();
  for (const row of expected) counts.set(canonical(row), (counts.get(canonical(row)) ?? 0) + 1);
  const extra: string[] = [];
  for (const row of got) {
    const key = canonical(row);
    const n = counts.get(key) ?? 0;
    if (n > 0) counts.set(key, n - 1);
    else extra.push(key);
  }
  if (!extra.length) return { ok: true, detail: `All ${expected.length} rows match.` };
  const missing = [...counts].filter(([, n]) => n > 0).map(([k]) => k);
  return {
    ok: false,
    detail: `${extra.length} of your rows are not in the expected result (e.g. ${extra[0]}); ${missing.length ? `missing e.g. ${missing[0]}` : 'none is missing'}.`,
  };
}

/** JSON with object keys sorted: equal values, equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  ) ?? 'undefined';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(columns: string[]): string {
  return columns.map((c) => `"${c}"`).join(', ') || 'none';
}
