import Link from 'next/link';
import type { CourseLesson } from '@/lib/course/types';

// Previous / next lesson, in course order across modules.
export function LessonNav({ previous, next }: { previous: CourseLesson | null; next: CourseLesson | null }) {
  const link = 'flex-1 rounded-md border border-zinc-200 px-3 py-2 hover:bg-zinc-50 focus-visible:outline-2 focus-visible:outline-emerald-600 dark:border-zinc-800 dark:hover:bg-zinc-900';
  return (
    <nav aria-label="Lessons" className="mt-10 flex gap-3 text-sm">
      {previous ? (
        <Link href={previous.href} rel="prev" className={link}>
          <span className="block text-xs text-zinc-500">Previous</span>
          {previous.title}
        </Link>
      ) : (
        <span className="flex-1" />
      )}
      {next ? (
        <Link href={next.href} rel="next" className={`${link} text-right`}>
          <span className="block text-xs text-zinc-500">Next</span>
          {next.title}
        </Link>
      ) : (
        <span className="flex-1" />
      )}
    </nav>
  );
}
