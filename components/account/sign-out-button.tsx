'use client';
import { useRouter } from 'next/navigation';
import { progressStore } from '@/components/progress/progress-client';
import { authClient } from './auth-client';

export function SignOutButton() {
  const router = useRouter();
  async function signOut() {
    await authClient.signOut();
    // The next person on this browser must not inherit (or merge) this learner's progress.
    progressStore().clear();
    router.push('/');
    router.refresh();
  }
  return (
    <button type="button" onClick={signOut} className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
      Sign out
    </button>
  );
}
