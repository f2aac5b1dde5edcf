import Link from 'next/link';
import type { ProgressView } from '@/lib/progress/progress-store';

/** One line saying where the learner's progress is kept and whether it is saved yet. */
export function SyncNote({ view }: { view: ProgressView }) {
  const className = 'text-sm text-zinc-600 dark:text-zinc-400';
  if (!view.signedIn) {
    return (
      <p className={className}>
        Your progress is kept in this browser.{' '}
        <Link href="/sign-up?next=/progress" className="font-medium text-emerald-700 underline dark:text-emerald-400">
          Create an account
        </Link>{' '}
        to keep it everywhere; it comes with you.
      </p>
    );
  }
  if (view.pending > 0) {
    return (
      <p role="status" className={className}>
        {view.pending} change{view.pending === 1 ? '' : 's'} waiting to be saved
        {view.status === 'offline' ? ': the server is unreachable, retrying.' : '.'}
      </p>
    );
  }
  return <p className={className}>All progress saved to your account.</p>;
}
