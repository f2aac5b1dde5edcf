import 'server-only';
import { getPrisma } from '../db/prisma';
import { getSessionUser } from '../auth/session';
import { forbidden, guard, json, unauthorized } from '../http/responses';
import { readLessonStats } from './lesson-stats';

/** GET /api/instructor/stats: the instructor view's data, for instructors only. */
export function getInstructorStats(request: Request): Promise<Response> {
  return guard(async () => {
    const user = await getSessionUser(request.headers);
    if (!user) return unauthorized();
    if (user.role !== 'instructor') return forbidden('Only instructors can see course statistics.');
    return json({ lessons: await readLessonStats(await getPrisma()) });
  });
}
