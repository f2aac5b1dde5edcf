import type { CourseIndex } from './types';

// Search over lesson titles and summaries: every word of the query must appear (any order,
// case and accents ignored); title matches rank first. The course is 100 lessons: a scan is
// instant and needs no index.

export interface SearchHit {
  id: string;
  title: string;
  summary: string;
  href: string;
  module: string;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function searchLessons(course: CourseIndex, query: string): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const hits: { hit: SearchHit; score: number }[] = [];
  for (const mod of course.modules) {
    for (const lesson of mod.lessons) {
      const title = fold(lesson.title);
      const text = `${title} ${fold(lesson.summary ?? '')}`;
      if (!words.every((w) => text.includes(w))) continue;
      const score = words.filter((w) => title.includes(w)).length;
      hits.push({ hit: { id: lesson.id, title: lesson.title, summary: lesson.summary ?? '', href: lesson.href, module: mod.title }, score });
    }
  }
  return hits.sort((a, b) => b.score - a.score).map((h) => h.hit);
}

/** The lessons before and after `id` in course order. */
export function neighbours(course: CourseIndex, id: string) {
  const all = course.modules.flatMap((m) => m.lessons);
  const i = all.findIndex((l) => l.id === id);
  return { previous: i > 0 ? all[i - 1] : null, next: i >= 0 && i < all.length - 1 ? all[i + 1] : null };
}
