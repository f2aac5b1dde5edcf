import 'server-only';
import { isDatabaseUnavailable } from '../db/errors';

const noStore = { 'Cache-Control': 'no-store' };

export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: noStore });
}

export function problem(status: number, error: string, message: string): Response {
  return json({ error, message }, status);
}

export const unauthorized = () => problem(401, 'unauthorized', 'Sign in to save and read progress.');
export const forbidden = (message = 'You are not allowed to do this.') => problem(403, 'forbidden', message);

/** Runs a handler; a database outage becomes a 503 the UI can explain, anything else a 500. */
export async function guard(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.error('[api] database unavailable:', error instanceof Error ? error.message : error);
      return problem(503, 'database_unavailable', 'The progress database is unavailable. Your work is kept in this browser and will be saved later.');
    }
    console.error('[api] unexpected error:', error);
    return problem(500, 'internal', 'Something went wrong on the server.');
  }
}
