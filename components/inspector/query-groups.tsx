// The run's queries grouped by shape: fifty author lookups become one line "×50" with their total
// time and the lines that issued them; opening a group lists its queries.
import { useMemo, useState } from 'react';
import type { QueryRecord } from '@/lib/runtime/protocol';
import type { ShapeGroup } from '@/lib/sql/shape';
import { sqlSummary } from '@/lib/sql/summary';
import { ms, plural } from './format-number';
import { LineBadge } from './line-badge';
import { QueryRow } from './query-row';
import { SqlCode } from './sql-code';

export interface QueryGroupsProps {
  queries: QueryRecord[];
  groups: ShapeGroup[];
  selected: number | null;
  expanded: ReadonlySet<number>;
  flagged: ReadonlySet<number>;
  onToggleQuery: (index: number) => void;
  onRevealLine?: (line: number) => void;
}

export function QueryGroups({ queries, groups, selected, expanded, flagged, onToggleQuery, onRevealLine }: QueryGroupsProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const ordered = useMemo(() => [...groups].sort((a, b) => b.count - a.count || a.indices[0] - b.indices[0]), [groups]);

  return (
    <ul aria-label="Queries grouped by shape" className="divide-y divide-zinc-100 dark:divide-zinc-900">
      {ordered.map((g, n) => {
        const isOpen = open.has(g.key);
        const panel = `query-group-${n}`;
        return (
          <li key={g.key}>
            <div className="flex items-start gap-2 px-2 py-1.5">
              <button
                type="button"
                onClick={() => toggle(g.key)}
                aria-expanded={isOpen}
                aria-controls={isOpen ? panel : undefined}
                aria-label={`${plural(g.count, 'query', 'queries')} of this shape: ${isOpen ? 'hide them' : 'list them'}`}
                className="flex min-w-0 flex-1 items-start gap-2 rounded text-left focus-visible:outline-2 focus-visible:outline-emerald-600"
              >
                <span aria-hidden="true" className={`mt-0.5 text-[0.6rem] text-zinc-400 transition-transform ${isOpen ? 'rotate-90' : ''}`}>
                  ▶
                </span>
                <span
                  className={`shrink-0 rounded px-1.5 text-xs font-semibold tabular-nums ${g.count > 1 ? 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100' : 'bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300'}`}
                >
                  ×{g.count}
                </span>
                <SqlCode sql={sqlSummary(g.key)} className="min-w-0 flex-1 truncate text-xs" />
              </button>
              <div className="flex shrink-0 items-center gap-2 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                {g.duplicates.length > 0 && (
                  <span title="Queries whose SQL, values included, is exactly that of an earlier one">
                    {plural(g.duplicates.reduce((s, d) => s + d.count - 1, 0), 'exact repeat')}
                  </span>
                )}
                <span className="w-16 text-right">{ms(g.totalMs)}</span>
                {g.lines.map((l) => (l.line === null ? null : <LineBadge key={l.line} line={l.line} onRevealLine={onRevealLine} />))}
              </div>
            </div>
            {isOpen && (
              <ol id={panel} aria-label="Queries of this shape" className="ml-6 border-l border-zinc-200 dark:border-zinc-800">
                {g.indices.map((i) => (
                  <QueryRow
                    key={i}
                    query={queries[i]}
                    index={i}
                    selected={selected === i}
                    expanded={expanded.has(i)}
                    flagged={flagged.has(i)}
                    onToggle={onToggleQuery}
                    onRevealLine={onRevealLine}
                  />
                ))}
              </ol>
            )}
          </li>
        );
      })}
    </ul>
  );
}
