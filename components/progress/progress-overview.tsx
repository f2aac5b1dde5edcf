'use client';
import Link from 'next/link';
import type { CourseIndex } from '@/lib/course/types';
import { summarize } from '@/lib/progress/summary';
import { ProgressBar } from './progress-bar';
import { SyncNote } from './sync-note';
import { useProgress } from './use-progress';

export function ProgressOverview({ course }: { course: CourseIndex }) {
  const view = useProgress();
  const summary = summarize(course, view.lessons, view.activityDays);
  return (
    <div className="space-y-8">
      <SyncNote view={view} />
      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat label="Lessons done" value={`${summary.lessonsDone} / ${summary.lessonsTotal}`} />
        <Stat label="Streak" value={`${summary.streakDays} day${summary.streakDays === 1 ? '' : 's'}`} />
        <div className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <dt className="text-sm text-zinc-500 dark:text-zinc-400">Resume</dt>
          <dd className="mt-1 font-semibold">
            {summary.resume ? (
              <Link href={summary.resume.href} className="text-emerald-700 underline dark:text-emerald-400">
                {summary.resume.title}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>
      {course.modules.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No lessons are published yet. Your progress will appear here as you work through them.
        </p>
      ) : (
        <section aria-label="Modules">
          <ol className="space-y-4">
            {summary.modules.map((m) => (
              <li key={m.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                <div className="mb-2 flex items-baseline justify-between gap-4">
                  <h2 className="font-semibold">{m.title}</h2>
                  <span className="text-sm text-zinc-500 dark:text-zinc-400">
                    {m.done} / {m.total}
                  </span>
                </div>
                <ProgressBar done={m.done} total={m.total} label={`${m.title} completion`} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <dt className="text-sm text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold">{value}</dd>
    </div>
  );
}
