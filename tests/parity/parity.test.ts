// SQL parity: the SQL the engine (Django 5.2 -> our psycopg2 driver -> PGlite) sends must be
// byte for byte what Django 5.2 + the real psycopg2 send to a real PostgreSQL server.
//
// tests/parity/golden.json is recorded natively by scripts/parity/make-golden.sh (Debian's
// python3-psycopg2 and PostgreSQL, through the same python/ormlab runner); regenerate it with
// `npm run parity:golden` after adding or changing a snippet. Snippets whose SQL Django itself
// generates differently by server version (PGlite is PostgreSQL 18, the golden server may be
// older) are listed with the reason in server-version-differences.json: for those the test
// only checks that they run as they did natively.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LabEngine } from '../../lib/runtime/engine';
import { currentRuntimeDir, nodeAssets } from '../../lib/runtime/node-assets';
import type { RunResult } from '../../lib/runtime/protocol';

const HERE = import.meta.dirname;
const SNIPPETS = path.join(HERE, 'snippets');

interface GoldenSnippet { sql: string[]; error: string | null }
interface Golden { meta: Record<string, unknown>; snippets: Record<string, GoldenSnippet> }

const golden = JSON.parse(fs.readFileSync(path.join(HERE, 'golden.json'), 'utf8')) as Golden;
const versionDifferences = JSON.parse(
  fs.readFileSync(path.join(HERE, 'server-version-differences.json'), 'utf8'),
) as Record<string, string>;
const names = fs.readdirSync(SNIPPETS).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

/**
 * Names that legitimately differ between two runs of the same code: savepoint ids
 * (`s<thread ident>_x<counter>`) and server-side cursor names
 * (`_django_curs_<thread ident>_<task>_<counter>`). Each distinct name becomes a sequence number
 * in order of first appearance within the snippet, so "RELEASE the savepoint that was created"
 * is still checked.
 */
export function normalize(statements: string[]): string[] {
  const renamer = (prefix: string) => {
    const seen = new Map<string, string>();
    return (id: string) => {
      if (!seen.has(id)) seen.set(id, `${prefix}${seen.size + 1}`);
      return seen.get(id)!;
    };
  };
  const savepoint = renamer('sp');
  const cursor = renamer('_curs');
  return statements.map((sql) =>
    sql.replace(/\bs\d+_x\d+\b/g, savepoint).replace(/\b_django_curs_\d+_[a-z0-9]+_\d+\b/g, cursor),
  );
}

/** A readable account of the first difference: statement index, column, both texts around it. */
function describeDifference(actual: string[], expected: string[]): string {
  const lines: string[] = [];
  if (actual.length !== expected.length) {
    lines.push(`engine sent ${actual.length} statements, golden has ${expected.length}`);
  }
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    if (actual[i] === expected[i]) continue;
    let at = 0;
    while (at < actual[i].length && actual[i][at] === expected[i][at]) at++;
    const from = Math.max(0, at - 60);
    lines.push(
      `statement ${i + 1} differs at character ${at}:`,
      `  engine: …${JSON.stringify(actual[i].slice(from, at + 80))}`,
      `  golden: …${JSON.stringify(expected[i].slice(from, at + 80))}`,
    );
    break;
  }
  if (actual.length !== expected.length) {
    const [longer, which] = actual.length > expected.length ? [actual, 'engine'] : [expected, 'golden'];
    for (const extra of longer.slice(n, n + 3)) lines.push(`  only in ${which}: ${extra.slice(0, 200)}`);
  }
  return lines.join('\n');
}

let engine: LabEngine;
const outcome = { matched: [] as string[], failed: [] as string[], marked: [] as string[] };
let started = 0;

beforeAll(async () => {
  started = performance.now();
  // ORMLAB_PARITY_RUNTIME_ROOT: another runtime build (a folder holding manifest.json), e.g. one
  // with a changed python/ driver, checked before public/runtime is rebuilt.
  const root = process.env.ORMLAB_PARITY_RUNTIME_ROOT;
  engine = await LabEngine.create({
    assets: nodeAssets(root ? currentRuntimeDir(path.resolve(root)) : currentRuntimeDir()),
    dataset: 'bookstore',
  });
});

afterAll(async () => {
  await engine?.close();
  const compared = outcome.matched.length + outcome.failed.length;
  const pct = compared ? ((100 * outcome.matched.length) / compared).toFixed(1) : '0';
  console.log(
    `SQL parity: ${outcome.matched.length}/${compared} snippets byte-identical (${pct} %)` +
      (outcome.marked.length ? `; ${outcome.marked.length} server-version differences only run: ${outcome.marked.join(', ')}` : '') +
      (outcome.failed.length ? `; FAILED: ${outcome.failed.join(', ')}` : '') +
      `; ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
});

describe('SQL parity with Django 5.2 + psycopg2 on a real PostgreSQL', () => {
  it('has a golden entry for every snippet, and marks only known snippets', () => {
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !golden.snippets[n])).toEqual([]);
    expect(Object.keys(versionDifferences).filter((n) => !names.includes(n))).toEqual([]);
    expect(String(golden.meta.psycopg2)).not.toContain('ormlab');
  });

  it('normalizes savepoint and cursor names in order of appearance', () => {
    expect(normalize([
      'SAVEPOINT "s140234_x12"', 'SAVEPOINT "s140234_x13"', 'RELEASE SAVEPOINT "s140234_x12"',
      'DECLARE "_django_curs_140234_sync_7" NO SCROLL CURSOR WITH HOLD FOR SELECT 1',
    ])).toEqual(['SAVEPOINT "sp1"', 'SAVEPOINT "sp2"', 'RELEASE SAVEPOINT "sp1"',
      'DECLARE "_curs1" NO SCROLL CURSOR WITH HOLD FOR SELECT 1']);
  });

  it.each(names)('%s', async (name) => {
    const code = fs.readFileSync(path.join(SNIPPETS, `${name}.py`), 'utf8');
    const expected = golden.snippets[name];
    const run: RunResult = await engine.run(code);
    const errorType = run.error?.type ?? null;
    const detail = run.error ? `\n${run.error.traceback}` : '';
    if (versionDifferences[name]) {
      outcome.marked.push(name);
      expect(errorType, `the run should end as it did natively${detail}`).toBe(expected.error);
      return;
    }
    const actual = normalize(run.queries.map((q) => q.sql));
    const want = normalize(expected.sql);
    const same = errorType === expected.error && actual.length === want.length && actual.every((s, i) => s === want[i]);
    (same ? outcome.matched : outcome.failed).push(name);
    expect(errorType, `the run should end as it did natively${detail}`).toBe(expected.error);
    expect(actual, describeDifference(actual, want)).toEqual(want);
  });
});
