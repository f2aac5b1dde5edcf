import path from 'node:path';

// Where the course lives. ORMLAB_LESSONS_DIR points the whole site (pages, lessons:check,
// lessons:verify) at another folder of lessons: the e2e build uses e2e/fixtures/lessons so
// browser tests run against small fixture lessons, never the real course.

export const LESSONS_DIR_ENV = 'ORMLAB_LESSONS_DIR';

export function lessonsRoot(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env[LESSONS_DIR_ENV] || 'lessons');
}

export function datasetsRoot(cwd = process.cwd()): string {
  return path.resolve(cwd, 'content/datasets');
}

/** Numbered folders: "01-foundations", "12-n-plus-one". */
export const NUMBERED_FOLDER = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** "01-what-the-orm-is" -> "what-the-orm-is" */
export function slugOf(folder: string): string {
  return folder.replace(/^\d{2}-/, '');
}

export function humanize(folder: string): string {
  const words = slugOf(folder).split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
