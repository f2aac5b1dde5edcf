'use client';
// Search over lesson titles and summaries (the whole course index is on the page: no server).
import Link from 'next/link';
import { useId, useMemo, useState } from 'react';
import type { CourseIndex } from '@/lib/course/types';
import { searchLessons } from '@/lib/course/search';

export function CourseSearch({ course }: { course: CourseIndex }) {
  const [query, setQuery] = useState('');
  const id = useId();
  const hits = useMemo(() => searchLessons(course, query), [course, query]);
  return (
    <search className="mb-8 block">
      <label htmlFor={id} className="block text-sm font-medium">
        Search lessons
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="select_related, index, transaction\u2026"
        className="mt-1 w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-emerald-600 dark:border-zinc-700 dark:bg-zinc-900"
      />
      {query.trim() ? (
        <div aria-live="polite">
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            {hits.length} {hits.length === 1 ? 'lesson' : 'lessons'} found
          </p>
          <ul aria-label="Search results" className="mt-2 space-y-2">
            {hits.map((hit) => (
              <li key={hit.id}>
                <Link href={hit.href} className="block rounded-md px-2 py-1 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-emerald-600 dark:hover:bg-zinc-800">
                  <span className="font-medium">{hit.title}</span>
                  <span className="text-sm text-zinc-500"> · {hit.module}</span>
                  {hit.summary ? <span className="block text-sm text-zinc-600 dark:text-zinc-400">{hit.summary}</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </search>
  );
}
