'use client';
import { useState, type FormEvent } from 'react';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/server/auth/password-rules';
import { authClient } from './auth-client';
import { authErrorMessage } from './auth-messages';
import { FormError, FormField, SubmitButton } from './form-field';

export function ChangePasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    setError(null);
    setDone(false);
    const { error: failure } = await authClient.changePassword({
      currentPassword: String(form.get('currentPassword')),
      newPassword: String(form.get('newPassword')),
      // Sessions on other devices end: a changed password is often a response to a leak.
      revokeOtherSessions: true,
    });
    setBusy(false);
    if (failure) {
      setError(authErrorMessage(failure.status, 'The current password is incorrect, or the new one is not allowed.'));
      return;
    }
    formElement.reset();
    setDone(true);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-labelledby="change-password-heading">
      <h2 id="change-password-heading" className="text-lg font-semibold">
        Change password
      </h2>
      <FormField id="currentPassword" name="currentPassword" type="password" label="Current password" autoComplete="current-password" required />
      <FormField
        id="newPassword"
        name="newPassword"
        type="password"
        label="New password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Other devices will be signed out.`}
        required
      />
      <FormError message={error} />
      {done ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          Password changed.
        </p>
      ) : null}
      <SubmitButton busy={busy}>Change password</SubmitButton>
    </form>
  );
}
