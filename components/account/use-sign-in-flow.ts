'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { syncProgress } from '@/components/progress/progress-client';

/**
 * What the sign-in and sign-up forms share: busy and error state, and what happens once the
 * learner is signed in (progress made in this browser joins the account, then on to `next`).
 * `attempt` returns an error message to show, or null when the learner is now signed in.
 */
export function useSignInFlow(next: string, attempt: (form: FormData) => Promise<string | null>) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const failure = await attempt(form);
    if (failure) {
      setBusy(false);
      setError(failure);
      return;
    }
    // Anonymous progress made in this browser joins the account now. Busy stays on while the
    // page changes, so the form cannot be sent twice.
    await syncProgress();
    router.push(next);
    router.refresh();
  }

  return { error, busy, onSubmit };
}
