// The course index as pages and the progress store see it (no server imports: shared with
// client components).

export interface CourseLesson {
  /** "foundations/what-the-orm-is": module and lesson slugs, the id progress is stored under. */
  id: string;
  title: string;
  href: string;
  /** One sentence, for the course home and search. */
  summary?: string;
}

export interface CourseModule {
  /** "foundations": the module's slug. */
  id: string;
  title: string;
  summary?: string;
  lessons: CourseLesson[];
}

export interface CourseIndex {
  modules: CourseModule[];
}

/** Where a lesson is served: /learn/<module-slug>/<lesson-slug> (app/learn). */
export function lessonHref(lessonId: string): string {
  return `/learn/${lessonId}`;
}
