import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageShell, ServiceUnavailable } from '@/components/account/page-shell';
import { LessonStatsTable } from '@/components/progress/lesson-stats-table';
import { currentUser } from '@/lib/server/auth/current-user';
import { getPrisma } from '@/lib/server/db/prisma';
import { readLessonStats } from '@/lib/server/instructor/lesson-stats';
import { readCourseIndex } from '@/lib/course/catalog';

export const metadata: Metadata = { title: 'Instructor' };
export const dynamic = 'force-dynamic';

export default async function InstructorPage() {
  const current = await currentUser();
  if (current.state === 'anonymous') redirect('/sign-in?next=/instructor');
  if (current.state === 'unavailable') {
    return (
      <PageShell title="Instructor">
        <ServiceUnavailable />
      </PageShell>
    );
  }
  if (current.user.role !== 'instructor') {
    return (
      <PageShell title="Instructor">
        <p role="alert" className="text-sm">
          This page is for instructors. Ask an administrator to run <code>npm run user:role -- your@email instructor</code>.
        </p>
      </PageShell>
    );
  }
  const stats = await readLessonStats(await getPrisma());
  return (
    <PageShell title="Instructor">
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        Learners only, aggregated: no learner&apos;s code or name is shown. A wide spread of query counts on a lesson
        usually means learners hit N+1 there.
      </p>
      <LessonStatsTable stats={stats} course={readCourseIndex()} />
    </PageShell>
  );
}
