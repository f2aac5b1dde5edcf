import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { lessonHref, type CourseIndex, type CourseModule } from './types';

// The course index, read from the lesson folders: lessons/NN-module/NN-lesson/index.mdx, title
// from the frontmatter. Until lessons exist this returns an empty course, which every page
// handles. Full frontmatter validation belongs to the lesson loader (authoring issue); this
// reads only what progress pages need.

const NUMBERED = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

function humanize(folder: string): string {
  const words = folder.replace(/^\d{2}-/, '').split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The `title:` of an MDX file's YAML frontmatter, unquoted, or undefined. */
export function frontmatterTitle(source: string): string | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const line = block?.[1].split(/\r?\n/).find((l) => /^title\s*:/.test(l));
  if (!line) return undefined;
  const value = line.replace(/^title\s*:\s*/, '').trim();
  const unquoted = /^(['"])(.*)\1$/.exec(value)?.[2] ?? value;
  return unquoted || undefined;
}

function numberedDirs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && NUMBERED.test(e.name))
    .map((e) => e.name)
    .sort();
}

export function readCourseIndex(lessonsDir = path.resolve(process.cwd(), 'lessons')): CourseIndex {
  const modules: CourseModule[] = [];
  for (const moduleDir of numberedDirs(lessonsDir)) {
    const lessons = numberedDirs(path.join(lessonsDir, moduleDir)).flatMap((lessonDir) => {
      const file = path.join(lessonsDir, moduleDir, lessonDir, 'index.mdx');
      if (!fs.existsSync(file)) return [];
      const id = `${moduleDir}/${lessonDir}`;
      const title = frontmatterTitle(fs.readFileSync(file, 'utf8')) ?? humanize(lessonDir);
      return [{ id, title, href: lessonHref(id) }];
    });
    if (lessons.length) modules.push({ id: moduleDir, title: humanize(moduleDir), lessons });
  }
  return { modules };
}
