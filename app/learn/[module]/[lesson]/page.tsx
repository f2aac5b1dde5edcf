import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonPage } from '@/components/lesson/lesson-page';
import { allLessons, findLesson, loadCourse } from '@/lib/lessons/loader';

// /learn/<module>/<lesson>: one static page per lesson, built from lessons/ (or
// ORMLAB_LESSONS_DIR). Lessons with frontmatter problems are left out (lessons:check names them).

type Params = { module: string; lesson: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return allLessons(loadCourse())
    .filter((l) => l.meta)
    .map((l) => ({ module: l.moduleSlug, lesson: l.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { module, lesson } = await params;
  const found = findLesson(loadCourse(), module, lesson);
  return found ? { title: found.title, description: found.summary } : {};
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { module, lesson } = await params;
  const course = loadCourse();
  const found = findLesson(course, module, lesson);
  if (!found?.meta) notFound();
  return <LessonPage course={course} lesson={found} />;
}
