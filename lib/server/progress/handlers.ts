import 'server-only';
import { describeIssues, lessonIdSchema, MAX_BODY_BYTES, progressUpdateSchema } from '@/lib/progress/schema';
import { serverEnv } from '../env';
import { getPrisma } from '../db/prisma';
import { getSessionUser } from '../auth/session';
import { forbidden, guard, json, problem, unauthorized } from '../http/responses';
import { isSameOriginRequest } from '../http/same-origin';
import { readJsonBody } from '../http/read-json-body';
import { readProgress } from './read-progress';
import { saveProgress } from './save-progress';

// The progress API's logic, kept out of app/ so route files stay one-liners. Every handler
// works on the session's own user id; no request can name another learner.

export function getProgress(request: Request): Promise<Response> {
  return guard(async () => {
    const user = await getSessionUser(request.headers);
    if (!user) return unauthorized();
    // userId lets the browser store tell whose progress it holds (see lib/progress/progress-store.ts).
    return json({ userId: user.id, ...(await readProgress(await getPrisma(), user.id)) });
  });
}

export function putProgress(request: Request, lessonPath: readonly string[]): Promise<Response> {
  return guard(async () => {
    if (!isSameOriginRequest(request, serverEnv().ORMLAB_TRUSTED_ORIGINS)) {
      return forbidden('Cross-site requests cannot change progress.');
    }
    const user = await getSessionUser(request.headers);
    if (!user) return unauthorized();
    const lessonId = lessonIdSchema.safeParse(lessonPath.join('/'));
    if (!lessonId.success) return problem(400, 'invalid_lesson', `lesson id ${describeIssues(lessonId.error)}`);
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return problem(body.status, 'invalid_body', body.message);
    const update = progressUpdateSchema.safeParse(body.value);
    if (!update.success) return problem(400, 'invalid_body', describeIssues(update.error));
    return json(await saveProgress(await getPrisma(), user.id, lessonId.data, update.data));
  });
}
