// N+1 and duplicate-query warnings above the query list: what happened, on which line, and the
// fix, with a way to the line and to the queries concerned.
import type { QueryWarning } from '@/lib/sql/nplusone';
import { LineBadge } from './line-badge';
import { RichText } from './rich-text';

export interface QueryWarningsProps {
  warnings: QueryWarning[];
  onRevealLine?: (line: number) => void;
  /** Show the warning's queries (the list selects the first of them). */
  onShowQueries?: (indices: number[]) => void;
}

const TITLE: Record<QueryWarning['kind'], string> = { 'n-plus-one': 'N+1 queries', duplicate: 'Duplicate query' };

export function QueryWarnings({ warnings, onRevealLine, onShowQueries }: QueryWarningsProps) {
  if (warnings.length === 0) return null;
  return (
    <ul aria-label="Query warnings" className="space-y-2">
      {warnings.map((w) => (
        <li
          key={`${w.kind}-${w.queryIndices[0]}`}
          className="rounded-md border border-amber-300 bg-amber-50 p-2.5 text-sm text-amber-950 dark:border-amber-700/70 dark:bg-amber-950/40 dark:text-amber-50"
        >
          <div className="flex flex-wrap items-center gap-2">
            <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-800 dark:text-amber-50">
              {TITLE[w.kind]} ×{w.count}
            </span>
            {w.lines.map((line) => (
              <LineBadge key={line} line={line} onRevealLine={onRevealLine} />
            ))}
            {onShowQueries && (
              <button
                type="button"
                onClick={() => onShowQueries(w.queryIndices)}
                className="ml-auto text-xs underline decoration-dotted underline-offset-2 hover:decoration-solid"
              >
                Show the {w.count} queries
              </button>
            )}
          </div>
          <p className="mt-1.5 leading-snug">
            <RichText text={w.message} />
          </p>
        </li>
      ))}
    </ul>
  );
}
