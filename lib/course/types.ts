// The course index as pages and the progress store see it (no server imports: shared with
// client components).

export interface CourseLesson {
  /** "01-foundations/01-what-the-orm-is": the lesson's folder under lessons/. */
  id: string;
  title: string;
  href: string;
}

export interface CourseModule {
  /** "01-foundations" */
  id: string;
  title: string;
  lessons: CourseLesson[];
}

export interface CourseIndex {
  modules: CourseModule[];
}

/** Where a lesson is served. The lesson pages belong to the authoring issue; keep in step. */
export function lessonHref(lessonId: string): string {
  return `/lessons/${lessonId}`;
}
