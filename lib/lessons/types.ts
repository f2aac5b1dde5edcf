import type { Problem } from './frontmatter';
import type { LessonFrontmatter, ModuleFrontmatter } from './schema';

// The course as the loader reads it from lessons/NN-module/NN-lesson/. Node-side data: pages
// hand the browser only what it needs (see client-data.ts).

/** Frontmatter after the module's defaults and the global ones are applied. */
export type ResolvedLesson = LessonFrontmatter & {
  dataset: string;
  difficulty: NonNullable<LessonFrontmatter['difficulty']>;
  timeLimitSeconds: number;
};

export interface LessonFiles {
  starter: string | null;
  solution: string | null;
  check: string | null;
  models: string | null;
  /** mistakes/<file>.py sources by file name. */
  mistakes: Record<string, string>;
}

export interface LoadedLesson {
  /** "<module-slug>/<lesson-slug>": the id stored in progress. */
  id: string;
  slug: string;
  moduleSlug: string;
  /** "01-what-the-orm-is" */
  folder: string;
  /** Absolute folder of the lesson. */
  dir: string;
  /** index.mdx as the problems name it (relative to the working directory). */
  file: string;
  href: string;
  title: string;
  summary: string;
  /** Validated frontmatter with defaults applied; null when it has problems. */
  meta: ResolvedLesson | null;
  files: LessonFiles;
}

export interface LoadedModule {
  slug: string;
  /** "01-foundations" */
  folder: string;
  dir: string;
  title: string;
  summary: string;
  meta: ModuleFrontmatter | null;
  /** _module.mdx (relative), or null when the module has none. */
  file: string | null;
  lessons: LoadedLesson[];
}

export interface LoadedCourse {
  root: string;
  modules: LoadedModule[];
  problems: Problem[];
}
