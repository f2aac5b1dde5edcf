// One captured query: number, line badge, duration, rows, the SQL on one line; expanded, the
// formatted SQL. Formatting happens only when a row is opened (a run can have thousands).
import { useMemo } from 'react';
import type { QueryRecord } from '@/lib/runtime/protocol';
import { formatSql } from '@/lib/sql/format';
import { sqlSummary } from '@/lib/sql/summary';
import { ms, plural } from './format-number';
import { LineBadge } from './line-badge';
import { SqlCode } from './sql-code';

export interface QueryRowProps {
  /** DOM id of the row (the list scrolls to it). */
  id?: string;
  query: QueryRecord;
  index: number;
  selected: boolean;
  expanded: boolean;
  /** Part of a warning (N+1 or duplicate): marked in the margin. */
  flagged: boolean;
  onToggle: (index: number) => void;
  onRevealLine?: (line: number) => void;
}

/** Literal lists past this many items are shortened in the display (the SQL editor gets it all). */
const SHOWN_LIST_ITEMS = 50;

function Formatted({ sql }: { sql: string }) {
  const text = useMemo(() => formatSql(sql, { maxListItems: SHOWN_LIST_ITEMS }), [sql]);
  return (
    <pre className="overflow-x-auto px-3 pt-1 pb-2 text-xs leading-relaxed whitespace-pre-wrap">
      <SqlCode sql={text} />
    </pre>
  );
}

export function QueryRow({ id, query: q, index, selected, expanded, flagged, onToggle, onRevealLine }: QueryRowProps) {
  const oneLine = useMemo(() => sqlSummary(q.sql), [q.sql]);
  const panel = `query-${index}-sql`;
  return (
    <li
      id={id}
      aria-current={selected ? 'true' : undefined}
      className={`border-l-4 ${selected ? 'border-l-emerald-600 bg-emerald-50/60 dark:bg-emerald-950/30' : flagged ? 'border-l-amber-400 dark:border-l-amber-600' : 'border-l-transparent'}`}
    >
      <div className="flex items-start gap-2 px-2 py-1.5">
        <button
          type="button"
          onClick={() => onToggle(index)}
          aria-expanded={expanded}
          aria-controls={expanded ? panel : undefined}
          aria-label={`Query ${index + 1}${q.line !== null ? `, line ${q.line}` : ''}: ${expanded ? 'collapse' : 'select and expand'}`}
          className="flex min-w-0 flex-1 items-start gap-2 rounded text-left focus-visible:outline-2 focus-visible:outline-emerald-600"
        >
          <span aria-hidden="true" className={`mt-0.5 text-[0.6rem] text-zinc-400 transition-transform ${expanded ? 'rotate-90' : ''}`}>
            ▶
          </span>
          <span className="w-7 shrink-0 text-right text-xs font-semibold tabular-nums text-zinc-500">#{index + 1}</span>
          {!expanded && <SqlCode sql={oneLine} className="min-w-0 flex-1 truncate text-xs" />}
          {expanded && <span className="flex-1 text-xs text-zinc-500">{q.database !== 'default' ? `database ${q.database}` : ''}</span>}
        </button>
        <div className="flex shrink-0 items-center gap-2 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
          {q.error && <span className="font-medium text-red-700 dark:text-red-400">failed {q.error}</span>}
          {q.rowCount >= 0 && <span>{plural(q.rowCount, 'row')}</span>}
          <span className="w-16 text-right">{ms(q.durationMs)}</span>
          {q.line !== null ? <LineBadge line={q.line} onRevealLine={onRevealLine} /> : <span className="w-12 text-center text-zinc-400" title="Django's own query">—</span>}
        </div>
      </div>
      {expanded && (
        <div id={panel}>
          <Formatted sql={q.sql} />
        </div>
      )}
    </li>
  );
}
