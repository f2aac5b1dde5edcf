'use client';
import Link from 'next/link';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/server/auth/password-rules';
import { authClient } from './auth-client';
import { authErrorMessage, passwordTooShort, SIGN_UP_FAILED } from './auth-messages';
import { FormError, FormField, SubmitButton } from './form-field';
import { useSignInFlow } from './use-sign-in-flow';

export function SignUpForm({ next }: { next: string }) {
  const { error, busy, onSubmit } = useSignInFlow(next, async (form) => {
    const email = String(form.get('email'));
    const password = String(form.get('password'));
    // Sign-up answers the same whether or not the email is taken; signing in right after is
    // what tells the learner it worked, without telling anyone else who has an account.
    const signUp = await authClient.signUp.email({ email, password, name: String(form.get('name')) || email });
    // The browser checks the length as the learner types, but not a value it did not see typed
    // (some autofill). The server checks the length before looking at the email, so saying so
    // tells nobody whether the email has an account.
    if (signUp.error?.code === 'PASSWORD_TOO_SHORT') return passwordTooShort(MIN_PASSWORD_LENGTH);
    const signIn = signUp.error ? signUp : await authClient.signIn.email({ email, password });
    return signIn.error ? authErrorMessage(signIn.error.status, SIGN_UP_FAILED) : null;
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <FormField id="name" name="name" label="Name" autoComplete="name" maxLength={100} />
      <FormField id="email" name="email" type="email" label="Email" autoComplete="email" required />
      <FormField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a good one.`}
        required
      />
      <FormError message={error} />
      <SubmitButton busy={busy}>Create account</SubmitButton>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{' '}
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-medium text-emerald-700 underline dark:text-emerald-400">
          Sign in
        </Link>
      </p>
    </form>
  );
}
