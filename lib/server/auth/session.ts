import 'server-only';
import { getAuth } from './auth';

export type Role = 'learner' | 'instructor';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in user for these request headers, or null. */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, role } = session.user as typeof session.user & { role?: string };
  return { id, email, name, role: role === 'instructor' ? 'instructor' : 'learner' };
}
