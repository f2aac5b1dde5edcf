import { describe, expect, it } from 'vitest';
import { neighbours, searchLessons } from './search';
import type { CourseIndex } from './types';

const course: CourseIndex = {
  modules: [
    {
      id: 'relations',
      title: 'Relations',
      lessons: [
        { id: 'relations/select-related', title: 'Why select_related', href: '/learn/relations/select-related', summary: 'One JOIN instead of N+1 queries.' },
        { id: 'relations/prefetch', title: 'prefetch_related', href: '/learn/relations/prefetch', summary: 'A second query for reverse relations, not a JOIN.' },
      ],
    },
    { id: 'indexes', title: 'Indexes', lessons: [{ id: 'indexes/btree', title: 'B-tree indexes', href: '/learn/indexes/btree', summary: 'When a JOIN or filter uses an index.' }] },
  ],
};

describe('searchLessons', () => {
  it('matches every word in titles and summaries, title matches first', () => {
    expect(searchLessons(course, 'join').map((h) => h.id)).toEqual(['relations/select-related', 'relations/prefetch', 'indexes/btree']);
    expect(searchLessons(course, 'index JOIN').map((h) => h.id)).toEqual(['indexes/btree']);
    expect(searchLessons(course, 'PREFETCH')[0]).toMatchObject({ id: 'relations/prefetch', module: 'Relations' });
  });
  it('finds nothing for an empty query or a word nowhere', () => {
    expect(searchLessons(course, '   ')).toEqual([]);
    expect(searchLessons(course, 'window functions')).toEqual([]);
  });
});

describe('neighbours', () => {
  it('crosses module boundaries and stops at the ends', () => {
    expect(neighbours(course, 'relations/prefetch')).toMatchObject({ previous: { id: 'relations/select-related' }, next: { id: 'indexes/btree' } });
    expect(neighbours(course, 'relations/select-related').previous).toBeNull();
    expect(neighbours(course, 'indexes/btree').next).toBeNull();
  });
});
