// The lab's sandboxed frame: a tiny static document that starts the lab worker. The page embeds
// it with `sandbox="allow-scripts"` (no allow-same-origin), so the frame and its worker run in an
// opaque origin: learner code there cannot read our cookies or storage, and requests it makes
// carry no session. The CSP `sandbox` directive keeps it sandboxed even when opened directly.
// Threat model: docs/security.md.
import { frameHtml } from '@/lib/lab-frame/frame-scripts';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(frameHtml(), {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "sandbox allow-scripts; frame-ancestors 'self'",
      'Cache-Control': 'public, max-age=0, must-revalidate',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
