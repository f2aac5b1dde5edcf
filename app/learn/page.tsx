import type { Metadata } from 'next';
import { CourseOutline } from '@/components/lesson/course-outline';
import { CourseSearch } from '@/components/lesson/course-search';
import { readCourseIndex } from '@/lib/course/catalog';

export const metadata: Metadata = { title: 'Course' };

// The course home: every module and lesson with the learner's progress, and search.
export default function CourseHome() {
  const course = readCourseIndex();
  const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  return (
    <main className="mx-auto max-w-3xl px-6 py-12">
      <h1 className="text-3xl font-bold tracking-tight">The course</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        {lessons
          ? `${course.modules.length} modules, ${lessons} lessons. Each runs real Django against a real PostgreSQL in your browser.`
          : 'No lessons have been published yet.'}
      </p>
      <div className="mt-8">
        <CourseSearch course={course} />
        <CourseOutline course={course} showSummaries />
      </div>
    </main>
  );
}
