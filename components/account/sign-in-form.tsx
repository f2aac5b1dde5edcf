'use client';
import Link from 'next/link';
import { authClient } from './auth-client';
import { authErrorMessage, SIGN_IN_FAILED } from './auth-messages';
import { FormError, FormField, SubmitButton } from './form-field';
import { useSignInFlow } from './use-sign-in-flow';

export function SignInForm({ next }: { next: string }) {
  const { error, busy, onSubmit } = useSignInFlow(next, async (form) => {
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get('email')),
      password: String(form.get('password')),
    });
    return failure ? authErrorMessage(failure.status, SIGN_IN_FAILED) : null;
  });

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
