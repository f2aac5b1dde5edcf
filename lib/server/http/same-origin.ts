import 'server-only';

/**
 * CSRF defence for our own mutations (better-auth checks its own routes). Browsers send Origin
 * on every cross-origin request and on all PUT/POST fetches; a request whose Origin is not this
 * site, or that a browser labels cross-site, is refused. Requests without either header come
 * from non-browser clients, which cannot carry a victim's cookies anyway.
 */
export function isSameOriginRequest(request: Request, trustedOrigins: readonly string[]): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site === 'cross-site') return false;
  const origin = request.headers.get('origin');
  if (!origin) return true;
  if (trustedOrigins.includes(origin)) return true;
  // Behind a proxy, Host may be rewritten; x-forwarded-host carries what the browser used.
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
