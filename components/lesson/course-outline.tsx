'use client';
// The course as a list of modules and lessons with the learner's progress marks; the current
// lesson is marked for the sidebar.
import Link from 'next/link';
import { useProgress } from '@/components/progress/use-progress';
import type { CourseIndex } from '@/lib/course/types';
import { ProgressMark } from './progress-mark';

export function CourseOutline({ course, currentId, showSummaries = false }: { course: CourseIndex; currentId?: string; showSummaries?: boolean }) {
  const { lessons } = useProgress();
  const status = new Map(lessons.map((l) => [l.lessonId, l.status]));
  return (
    <ol className="space-y-6">
      {course.modules.map((mod, m) => (
        <li key={mod.id}>
          <h2 className="text-sm font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
            {m + 1}. {mod.title}
          </h2>
          {showSummaries && mod.summary ? <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{mod.summary}</p> : null}
          <ol className="mt-2 space-y-1">
            {mod.lessons.map((lesson) => {
              const current = lesson.id === currentId;
              return (
                <li key={lesson.id}>
                  <Link
                    href={lesson.href}
                    aria-current={current ? 'page' : undefined}
                    className={`flex items-start gap-2 rounded-md px-2 py-1 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-emerald-600 dark:hover:bg-zinc-800 ${current ? 'bg-emerald-50 font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200' : ''}`}
                  >
                    <span className="mt-1">
                      <ProgressMark status={status.get(lesson.id)} />
                    </span>
                    <span>
                      {lesson.title}
                      {showSummaries && lesson.summary ? (
                        <span className="block text-sm font-normal text-zinc-600 dark:text-zinc-400">{lesson.summary}</span>
                      ) : null}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
