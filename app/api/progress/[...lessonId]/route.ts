import { putProgress } from '@/lib/server/progress/handlers';

export const dynamic = 'force-dynamic';

// Lesson ids contain a slash ("01-module/02-lesson"), hence the catch-all segment.
export async function PUT(request: Request, context: { params: Promise<{ lessonId: string[] }> }) {
  const { lessonId } = await context.params;
  return putProgress(request, lessonId);
}
