// A small rendering of a run's value or an SQL result for the prose examples (the workspace
// has the full inspector).
import type { ResultValue } from '@/lib/runtime/protocol';

const MAX_ROWS = 10;

function cell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function TablePreview({ columns, rows, total }: { columns: string[]; rows: unknown[][]; total: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="my-1 w-full border-collapse text-left font-mono text-xs">
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className="border-b border-zinc-300 px-2 py-1 font-semibold dark:border-zinc-700">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((row, i) => (
            <tr key={i}>
              {row.map((v, j) => (
                <td key={j} className="border-b border-zinc-200 px-2 py-1 dark:border-zinc-800">
                  {cell(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {total > MAX_ROWS ? <p className="text-xs text-zinc-500">{total - MAX_ROWS} more rows</p> : null}
    </div>
  );
}

export function ValuePreview({ value }: { value: ResultValue | null }) {
  if (!value || value.kind === 'none') return null;
  if (value.kind === 'table') return <TablePreview columns={value.columns} rows={value.rows} total={value.rowCount} />;
  if (value.kind === 'json' && Array.isArray(value.value) && value.value.every(Array.isArray)) {
    const rows = value.value as unknown[][];
    return <TablePreview columns={(rows[0] ?? []).map((_, i) => `${i}`)} rows={rows} total={rows.length} />;
  }
  const text = value.kind === 'json' ? JSON.stringify(value.value, null, 1) : value.value;
  return <pre className="max-h-40 overflow-auto font-mono text-xs">{text}</pre>;
}
