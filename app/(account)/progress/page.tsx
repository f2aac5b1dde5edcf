import type { Metadata } from 'next';
import { PageShell } from '@/components/account/page-shell';
import { ProgressOverview } from '@/components/progress/progress-overview';
import { readCourseIndex } from '@/lib/course/catalog';

export const metadata: Metadata = { title: 'My progress' };

// The course index is read at build time; progress itself comes from the browser store (and
// the account once signed in), so this page works without the database.
export default function ProgressPage() {
  return (
    <PageShell title="My progress">
      <ProgressOverview course={readCourseIndex()} />
    </PageShell>
  );
}
