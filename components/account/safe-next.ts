/** Only same-site paths may be redirect targets after sign-in (no open redirects). */
export function safeNext(next: string | string[] | undefined, fallback = '/progress'): string {
  const value = Array.isArray(next) ? next[0] : next;
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
