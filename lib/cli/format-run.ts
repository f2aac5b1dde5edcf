// Human-readable output of a run for the terminal (`npm run lab -- run`).
import type { QueryRecord, ResultValue, RunResult } from '../runtime/protocol';

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function formatQuery(q: QueryRecord, index: number): string {
  const where = q.line ? `line ${q.line}` : 'no learner line';
  const rows = q.rowCount >= 0 ? `, ${plural(q.rowCount, 'row')}` : '';
  const db = q.database !== 'default' ? ` [${q.database}]` : '';
  const failed = q.error ? `, failed (${q.error})` : '';
  return `-- #${index + 1} (${where}, ${q.durationMs.toFixed(2)} ms${rows}${failed})${db}\n${q.sql};`;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function formatTable(columns: string[], rows: unknown[][], maxWidth = 40): string {
  const text = rows.map((r) => r.map((v) => {
    const s = cell(v);
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  }));
  const widths = columns.map((c, i) => Math.max(c.length, ...text.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ').trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...text.map(line)].join('\n');
}

export function formatResult(result: ResultValue | null): string {
  if (!result || result.kind === 'none') return '(no value)';
  if (result.kind === 'table') {
    const more = result.truncated ? `, ${result.rows.length} shown` : '';
    return `${formatTable(result.columns, result.rows)}\n(${plural(result.rowCount, 'row')}${more})`;
  }
  if (result.kind === 'json') return JSON.stringify(result.value, null, 2);
  return result.value;
}

export function formatRun(run: RunResult): string {
  const parts: string[] = [];
  parts.push(`${plural(run.queryCount, 'query', 'queries')}${run.queries.length ? ':' : ''}`);
  run.queries.forEach((q, i) => parts.push(formatQuery(q, i)));
  if (run.stdout) parts.push(`\n-- stdout\n${run.stdout.trimEnd()}`);
  if (run.error) {
    const state = run.error.sqlstate ? ` [SQLSTATE ${run.error.sqlstate}]` : '';
    parts.push(`\n-- error${state}\n${run.error.traceback.trimEnd()}`);
  } else {
    parts.push(`\n-- result\n${formatResult(run.result)}`);
  }
  return parts.join('\n');
}
