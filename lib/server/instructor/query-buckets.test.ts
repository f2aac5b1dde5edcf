import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { bucketQueryCounts } = await import('./query-buckets');

describe('bucketQueryCounts', () => {
  it('keeps small counts apart and folds N+1-sized ones into ranges', () => {
    expect(
      bucketQueryCounts([
        { queryCount: 1, attempts: 4 },
        { queryCount: 2, attempts: 1 },
        { queryCount: 51, attempts: 3 },
        { queryCount: 52, attempts: 1 },
        { queryCount: 500, attempts: 2 },
      ]),
    ).toEqual([
      { label: '1', attempts: 4 },
      { label: '2', attempts: 1 },
      { label: '51-100', attempts: 4 },
      { label: '101+', attempts: 2 },
    ]);
  });
});
