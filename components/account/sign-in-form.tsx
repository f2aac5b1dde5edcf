'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { syncProgress } from '@/components/progress/progress-client';
import { authClient } from './auth-client';
import { authErrorMessage, SIGN_IN_FAILED } from './auth-messages';
import { FormError, FormField, SubmitButton } from './form-field';

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get('email')),
      password: String(form.get('password')),
    });
    if (failure) {
      setBusy(false);
      setError(authErrorMessage(failure.status, SIGN_IN_FAILED));
      return;
    }
    // Anonymous progress made in this browser joins the account now.
    await syncProgress();
    router.push(next);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate={false}>
      <FormField id="email" name="email" type="email" label="Email" autoComplete="email" required />
      <FormField id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      <FormError message={error} />
      <SubmitButton busy={busy}>Sign in</SubmitButton>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        New here?{' '}
        <Link href={`/sign-up?next=${encodeURIComponent(next)}`} className="font-medium text-emerald-700 underline dark:text-emerald-400">
          Create an account
        </Link>
      </p>
    </form>
  );
}
