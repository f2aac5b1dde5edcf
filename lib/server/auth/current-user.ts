import 'server-only';
import { headers } from 'next/headers';
import { isDatabaseUnavailable } from '../db/errors';
import { getSessionUser, type SessionUser } from './session';

export type CurrentUser = { state: 'signed-in'; user: SessionUser } | { state: 'anonymous' } | { state: 'unavailable' };

/** The user of the page being rendered; an unreachable database is a state, not a crash. */
export async function currentUser(): Promise<CurrentUser> {
  try {
    const user = await getSessionUser(await headers());
    return user ? { state: 'signed-in', user } : { state: 'anonymous' };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error('[pages] database unavailable:', error instanceof Error ? error.message : error);
    return { state: 'unavailable' };
  }
}
