import 'server-only';
import { loadCourse } from '@/lib/lessons/loader';
import type { CourseIndex } from './types';

// The course index for pages (progress, instructor, the course shell), read at build time by the
// lesson loader. A lesson whose frontmatter has problems still appears (title from its raw
// frontmatter or its folder) so the pages build; lessons:check reports the problems.

export function readCourseIndex(lessonsDir?: string): CourseIndex {
  const course = loadCourse(lessonsDir ? { root: lessonsDir } : {});
  return {
    modules: course.modules
      .filter((m) => m.lessons.length > 0)
      .map((m) => ({
        id: m.slug,
        title: m.title,
        summary: m.summary,
        lessons: m.lessons.map((l) => ({ id: l.id, title: l.title, href: l.href, summary: l.summary })),
      })),
  };
}
