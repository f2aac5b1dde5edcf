// What the workspace derives from a run's queries: the count per learner line (gutter badges)
// and repeated-query warnings. Stand-in until the inspector's lib/sql grouping lands: queries
// are "the same" when Django's template (%s placeholders) is the same.
import type { QueryRecord } from '@/lib/runtime/protocol';

export interface LineQueries {
  line: number;
  count: number;
}

export interface RepeatWarning {
  line: number;
  count: number;
  /** Index of the first query of the group (for "show me"). */
  first: number;
  message: string;
  fix: string | null;
}

export function queriesPerLine(queries: QueryRecord[]): LineQueries[] {
  const counts = new Map<number, number>();
  for (const q of queries) if (q.line !== null) counts.set(q.line, (counts.get(q.line) ?? 0) + 1);
  return [...counts].map(([line, count]) => ({ line, count })).sort((a, b) => a.line - b.line);
}

/** One line issuing the same statement 3+ times: the N+1 pattern. */
export function repeatWarnings(queries: QueryRecord[]): RepeatWarning[] {
  const groups = new Map<string, { line: number; count: number; first: number }>();
  queries.forEach((q, i) => {
    if (q.line === null) return;
    const key = `${q.line}\u0000${q.rawSql}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { line: q.line, count: 1, first: i });
  });
  return [...groups.values()]
    .filter((g) => g.count >= 3)
    .map((g) => ({
      ...g,
      message: `N+1: line ${g.line} runs the same query ${g.count} times, once per object of a loop.`,
      fix: 'Load the related objects up front: select_related() for a foreign key or one-to-one, prefetch_related() for a reverse or many-to-many relation.',
    }));
}
