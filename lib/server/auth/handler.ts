import 'server-only';
import { guard } from '../http/responses';
import { getAuth } from './auth';

/** better-auth's own router behind /api/auth/*; the database is opened on first use. */
export function handleAuth(request: Request): Promise<Response> {
  return guard(async () => (await getAuth()).handler(request));
}
