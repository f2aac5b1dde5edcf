// Messages shown after auth calls. They never say whether an email has an account.

export const SIGN_IN_FAILED = 'Email or password is incorrect.';
export const SIGN_UP_FAILED =
  'We could not create the account and sign you in. If you already have an account, sign in instead.';
export const passwordTooShort = (min: number) => `Use a password of at least ${min} characters.`;
export const TOO_MANY = 'Too many attempts. Wait a minute and try again.';
export const UNAVAILABLE = 'The account service is unavailable right now. Lessons still work; try again later.';

/** Maps an auth error status to a message; `fallback` covers every 4xx that is not rate limiting. */
export function authErrorMessage(status: number | undefined, fallback: string): string {
  if (status === 429) return TOO_MANY;
  if (status === undefined || status >= 500) return UNAVAILABLE;
  return fallback;
}
