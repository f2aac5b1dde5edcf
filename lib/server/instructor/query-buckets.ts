import 'server-only';

// Query counts bucketed the way an instructor reads them: the small counts one by one (1, 2,
// 3 queries are different answers), then ranges where N+1 patterns live.
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 0], [1, 1], [2, 2], [3, 3], [4, 5], [6, 10], [11, 25], [26, 50], [51, 100], [101, Infinity],
];

export interface QueryBucket {
  label: string;
  attempts: number;
}

function label([lo, hi]: readonly [number, number]): string {
  if (hi === Infinity) return `${lo}+`;
  return lo === hi ? String(lo) : `${lo}-${hi}`;
}

/** Folds (queryCount, attempts) pairs into fixed buckets; empty buckets are dropped. */
export function bucketQueryCounts(counts: ReadonlyArray<{ queryCount: number; attempts: number }>): QueryBucket[] {
  return RANGES.map((range) => ({
    label: label(range),
    attempts: counts.filter((c) => c.queryCount >= range[0] && c.queryCount <= range[1]).reduce((n, c) => n + c.attempts, 0),
  })).filter((b) => b.attempts > 0);
}
