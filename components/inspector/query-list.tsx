'use client';
// The Queries tab: N+1 and duplicate warnings first, then every statement Django sent, in order
// (or grouped by shape), each with its SQL, duration, rows and the learner line that caused it.
// Opening a query selects it (the workspace shows it in the SQL editor and explains it).
import { useMemo, useState } from 'react';
import type { ModelInfo, QueryRecord } from '@/lib/runtime/protocol';
import { detectNPlusOne, type QueryWarning } from '@/lib/sql/nplusone';
import { groupQueries } from '@/lib/sql/shape';
import { ms, plural } from './format-number';
import { QueryGroups } from './query-groups';
import { QueryRow } from './query-row';
import { QueryWarnings } from './query-warnings';

export interface QueryListProps {
  queries: QueryRecord[];
  /** The app's models (engine.describe()), so warnings can name relations. */
  models?: ModelInfo[];
  /** Warnings computed elsewhere; by default the list computes them from `queries` and `models`. */
  warnings?: QueryWarning[];
  selected?: number | null;
  onSelect?: (index: number) => void;
  onRevealLine?: (line: number) => void;
  /** Rows rendered before a "show more" button (a runaway loop can send thousands). */
  pageSize?: number;
}

type Mode = 'all' | 'grouped';

export function QueryList({ queries, models = [], warnings, selected = null, onSelect, onRevealLine, pageSize = 200 }: QueryListProps) {
  const [mode, setMode] = useState<Mode>('all');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [limit, setLimit] = useState(pageSize);
  // A new run starts with everything closed again.
  const [shownRun, setShownRun] = useState(queries);
  if (shownRun !== queries) {
    setShownRun(queries);
    setExpanded(new Set());
    setLimit(pageSize);
  }
  const computed = useMemo(() => warnings ?? detectNPlusOne(queries, models), [warnings, queries, models]);
  const groups = useMemo(() => (mode === 'grouped' ? groupQueries(queries).byShape : []), [mode, queries]);
  const flagged = useMemo(() => new Set(computed.flatMap((w) => w.queryIndices)), [computed]);
  const totalMs = useMemo(() => queries.reduce((s, q) => s + q.durationMs, 0), [queries]);

  if (queries.length === 0) return <p className="p-3 text-sm text-zinc-500 dark:text-zinc-400">No queries: this run did not touch the database.</p>;

  const toggle = (index: number) => {
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
    onSelect?.(index);
  };
  const showQueries = (indices: number[]) => {
    const first = indices[0];
    setMode('all');
    setLimit((l) => Math.max(l, first + 1));
    setExpanded((s) => new Set(s).add(first));
    onSelect?.(first);
    requestAnimationFrame(() => document.getElementById(`inspector-query-${first}`)?.scrollIntoView?.({ block: 'nearest' }));
  };
  const modeButton = (m: Mode, label: string) => (
    <button
      type="button"
      aria-pressed={mode === m}
      onClick={() => setMode(m)}
      className={`px-2 py-0.5 ${mode === m ? 'bg-zinc-800 text-white dark:bg-zinc-200 dark:text-zinc-900' : 'hover:bg-zinc-100 dark:hover:bg-zinc-800'}`}
    >
      {label}
    </button>
  );

  return (
    <section aria-label="Queries" className="space-y-2 p-2 text-sm">
      <QueryWarnings warnings={computed} onRevealLine={onRevealLine} onShowQueries={showQueries} />
      <div className="flex flex-wrap items-center gap-2 px-1 text-xs text-zinc-600 dark:text-zinc-400">
        <span className="font-medium text-zinc-800 dark:text-zinc-200">{plural(queries.length, 'query', 'queries')}</span>
        <span className="tabular-nums">{ms(totalMs)} in the database</span>
        <div role="group" aria-label="Show queries" className="ml-auto flex overflow-hidden rounded border border-zinc-300 dark:border-zinc-700">
          {modeButton('all', 'In order')}
          {modeButton('grouped', 'Grouped by shape')}
        </div>
      </div>
      {mode === 'all' ? (
        <>
          <ol aria-label="Queries in order" className="divide-y divide-zinc-100 rounded border border-zinc-200 dark:divide-zinc-900 dark:border-zinc-800">
            {queries.slice(0, limit).map((q, i) => (
              <QueryRow
                key={i}
                id={`inspector-query-${i}`}
                query={q}
                index={i}
                selected={selected === i}
                expanded={expanded.has(i)}
                flagged={flagged.has(i)}
                onToggle={toggle}
                onRevealLine={onRevealLine}
              />
            ))}
          </ol>
          {queries.length > limit && (
            <button type="button" onClick={() => setLimit((l) => l + pageSize)} className="w-full rounded border border-dashed border-zinc-300 py-1 text-xs hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900">
              Show {Math.min(pageSize, queries.length - limit)} more of {queries.length - limit} remaining
            </button>
          )}
        </>
      ) : (
        <div className="rounded border border-zinc-200 dark:border-zinc-800">
          <QueryGroups queries={queries} groups={groups} selected={selected} expanded={expanded} flagged={flagged} onToggleQuery={toggle} onRevealLine={onRevealLine} />
        </div>
      )}
    </section>
  );
}
