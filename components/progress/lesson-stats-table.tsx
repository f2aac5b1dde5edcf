import type { CourseIndex } from '@/lib/course/types';
import type { LessonStats } from '@/lib/server/instructor/lesson-stats';

/** The instructor's table: one row per lesson, aggregates only. */
export function LessonStatsTable({ stats, course }: { stats: LessonStats[]; course: CourseIndex }) {
  const titles = new Map(course.modules.flatMap((m) => m.lessons.map((l) => [l.id, l.title])));
  if (stats.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No learner has started a lesson yet.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Per lesson: learners who started and completed it, median attempts, query counts of graded runs</caption>
        <thead className="border-b border-zinc-200 text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Lesson</th>
            <th scope="col" className="py-2 pr-4 font-medium">Started</th>
            <th scope="col" className="py-2 pr-4 font-medium">Completed</th>
            <th scope="col" className="py-2 pr-4 font-medium">Median attempts</th>
            <th scope="col" className="py-2 font-medium">Queries per graded run (runs)</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={s.lessonId} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <th scope="row" className="py-2 pr-4 font-normal">
                <div className="font-medium">{titles.get(s.lessonId) ?? s.lessonId}</div>
                <div className="text-xs text-zinc-500">{s.lessonId}</div>
              </th>
              <td className="py-2 pr-4 tabular-nums">{s.started}</td>
              <td className="py-2 pr-4 tabular-nums">{s.completed}</td>
              <td className="py-2 pr-4 tabular-nums">{s.medianAttempts ?? '—'}</td>
              <td className="py-2">
                <ul className="flex flex-wrap gap-1">
                  {s.queryCounts.map((b) => (
                    <li key={b.label} className="rounded bg-zinc-100 px-1.5 py-0.5 tabular-nums dark:bg-zinc-800">
                      {b.label}: {b.attempts}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
