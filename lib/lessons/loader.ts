import fs from 'node:fs';
import path from 'node:path';
import { lessonHref } from '@/lib/course/types';
import { parseFrontmatter, type Problem } from './frontmatter';
import { datasetsRoot, humanize, lessonsRoot, NUMBERED_FOLDER, slugOf } from './paths';
import { LESSON_DEFAULTS, lessonFrontmatterSchema, moduleFrontmatterSchema, type ModuleFrontmatter } from './schema';
import type { LessonFiles, LoadedCourse, LoadedLesson, LoadedModule, ResolvedLesson } from './types';

// Reads the course from disk: lessons/NN-module/{_module.mdx, NN-lesson/{index.mdx, starter.py,
// solution.py, check.py?, models.py?, mistakes/*.py}}. Numeric prefixes order; slugs drop them.
// Never throws for content: everything wrong is a Problem naming the file (and line), and the
// course still loads as far as it can, so pages render while lessons:check reports.

/** Files a lessons root may hold besides module folders. */
const ROOT_EXTRAS = new Set(['README.md', 'verify.golden.json']);
const LESSON_FILES = new Set(['index.mdx', 'starter.py', 'solution.py', 'check.py', 'models.py', 'mistakes']);

export interface LoadOptions {
  root?: string;
  datasets?: string;
  /** Base for the file names in problems (default: the working directory). */
  cwd?: string;
}

export function loadCourse(options: LoadOptions = {}): LoadedCourse {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? lessonsRoot(cwd);
  const datasets = options.datasets ?? datasetsRoot(cwd);
  const rel = (p: string) => path.relative(cwd, p) || '.';
  const problems: Problem[] = [];
  const modules: LoadedModule[] = [];
  // The root comes from the environment: tell Next's file tracing not to follow it.
  if (!fs.existsSync(/*turbopackIgnore: true*/ root)) return { root, modules, problems };

  for (const folder of numberedFolders(root, ROOT_EXTRAS, rel, problems)) {
    const dir = path.join(/*turbopackIgnore: true*/ root, folder);
    const moduleFile = path.join(dir, '_module.mdx');
    let meta: ModuleFrontmatter | null = null;
    if (fs.existsSync(moduleFile)) {
      const parsed = parseFrontmatter(fs.readFileSync(moduleFile, 'utf8'), rel(moduleFile), moduleFrontmatterSchema);
      if (parsed.ok) meta = parsed.data;
      else problems.push(...parsed.problems);
    } else {
      problems.push({ file: rel(dir), message: 'no _module.mdx (title and summary of the module)' });
    }
    const mod: LoadedModule = {
      slug: slugOf(folder),
      folder,
      dir,
      title: meta?.title ?? humanize(folder),
      summary: meta?.summary ?? '',
      meta,
      file: fs.existsSync(moduleFile) ? rel(moduleFile) : null,
      lessons: [],
    };
    for (const lessonFolder of numberedFolders(dir, new Set(['_module.mdx']), rel, problems)) {
      const lesson = loadLesson(mod, lessonFolder, { rel, datasets, problems });
      if (lesson) mod.lessons.push(lesson);
    }
    modules.push(mod);
  }
  return { root, modules, problems };
}

interface LessonContext {
  rel: (p: string) => string;
  datasets: string;
  problems: Problem[];
}

function loadLesson(mod: LoadedModule, folder: string, { rel, datasets, problems }: LessonContext): LoadedLesson | null {
  const dir = path.join(mod.dir, folder);
  const indexFile = path.join(dir, 'index.mdx');
  const file = rel(indexFile);
  if (!fs.existsSync(indexFile)) {
    problems.push({ file: rel(dir), message: 'no index.mdx: every lesson folder needs one' });
    return null;
  }
  for (const entry of fs.readdirSync(dir)) {
    if (!LESSON_FILES.has(entry) && !entry.startsWith('.')) {
      problems.push({ file: rel(path.join(dir, entry)), message: `unexpected file (a lesson holds ${[...LESSON_FILES].join(', ')})` });
    }
  }
  const files = readLessonFiles(dir);
  const parsed = parseFrontmatter(fs.readFileSync(indexFile, 'utf8'), file, lessonFrontmatterSchema);
  const rawTitle = typeof parsed.raw?.title === 'string' ? parsed.raw.title : undefined;
  const rawSummary = typeof parsed.raw?.summary === 'string' ? parsed.raw.summary : undefined;
  let meta: ResolvedLesson | null = null;
  if (!parsed.ok) {
    problems.push(...parsed.problems);
  } else {
    const dataset = parsed.data.dataset ?? mod.meta?.dataset;
    if (!dataset) {
      problems.push({ file, line: 2, message: 'no dataset: set `dataset` here or in the module\u2019s _module.mdx' });
    } else {
      if (!fs.existsSync(path.join(datasets, dataset, 'models.py'))) {
        problems.push({ file, line: 2, message: `dataset "${dataset}" does not exist (no ${rel(path.join(datasets, dataset, 'models.py'))})` });
      }
      meta = {
        ...parsed.data,
        dataset,
        difficulty: parsed.data.difficulty ?? mod.meta?.difficulty ?? LESSON_DEFAULTS.difficulty,
        timeLimitSeconds: parsed.data.timeLimitSeconds ?? mod.meta?.timeLimitSeconds ?? LESSON_DEFAULTS.timeLimitSeconds,
      };
      problems.push(...fileProblems(meta, files, dir, rel));
    }
  }
  const id = `${mod.slug}/${slugOf(folder)}`;
  return {
    id,
    slug: slugOf(folder),
    moduleSlug: mod.slug,
    folder,
    dir,
    file,
    href: lessonHref(id),
    title: meta?.title ?? rawTitle ?? humanize(folder),
    summary: meta?.summary ?? rawSummary ?? '',
    meta,
    files,
  };
}

function readLessonFiles(dir: string): LessonFiles {
  const read = (name: string) => (fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name), 'utf8') : null);
  const mistakesDir = path.join(dir, 'mistakes');
  const mistakes: Record<string, string> = {};
  if (fs.existsSync(mistakesDir)) {
    for (const name of fs.readdirSync(mistakesDir).sort()) {
      if (name.endsWith('.py')) mistakes[name] = fs.readFileSync(path.join(mistakesDir, name), 'utf8');
    }
  }
  return { starter: read('starter.py'), solution: read('solution.py'), check: read('check.py'), models: read('models.py'), mistakes };
}

/** The files the frontmatter promises, present; the files present, promised. */
function fileProblems(meta: ResolvedLesson, files: LessonFiles, dir: string, rel: (p: string) => string): Problem[] {
  const problems: Problem[] = [];
  const at = (name: string) => rel(path.join(dir, name));
  if (files.starter === null) problems.push({ file: at('starter.py'), message: 'missing: the code the learner starts from' });
  if (meta.checks && files.solution === null) problems.push({ file: at('solution.py'), message: 'missing: a lesson with checks needs a reference solution' });
  const conditions = [...(meta.checks ?? []), ...(meta.mistakes ?? []).flatMap((m) => m.when)];
  if (conditions.some((c) => c.kind === 'python') && files.check === null) {
    problems.push({ file: at('check.py'), message: 'missing: a `python` check calls a function of check.py' });
  }
  const listed = new Set((meta.mistakes ?? []).map((m) => m.file));
  for (const name of listed) {
    if (!(name in files.mistakes)) problems.push({ file: at(`mistakes/${name}`), message: 'missing: listed in the frontmatter\u2019s `mistakes`' });
  }
  for (const name of Object.keys(files.mistakes)) {
    if (!listed.has(name)) problems.push({ file: at(`mistakes/${name}`), message: 'not listed in the frontmatter\u2019s `mistakes` (say which message it gets)' });
  }
  return problems;
}

/** Numbered sub-folders of `dir` in order; anything else (but `allowed`) is a problem. */
function numberedFolders(dir: string, allowed: Set<string>, rel: (p: string) => string, problems: Problem[]): string[] {
  const found: string[] = [];
  const prefixes = new Map<string, string>();
  const slugs = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || allowed.has(entry.name)) continue;
    const match = NUMBERED_FOLDER.exec(entry.name);
    if (!entry.isDirectory() || !match) {
      problems.push({ file: rel(path.join(dir, entry.name)), message: 'not a numbered folder ("NN-slug", lowercase words joined by "-")' });
      continue;
    }
    const [, prefix, slug] = match;
    if (prefixes.has(prefix)) problems.push({ file: rel(path.join(dir, entry.name)), message: `number ${prefix} is also used by ${prefixes.get(prefix)}` });
    if (slugs.has(slug)) problems.push({ file: rel(path.join(dir, entry.name)), message: `slug "${slug}" is also used by ${slugs.get(slug)}` });
    prefixes.set(prefix, entry.name);
    slugs.set(slug, entry.name);
    found.push(entry.name);
  }
  return found;
}

/** Every lesson of the course in order. */
export function allLessons(course: LoadedCourse): LoadedLesson[] {
  return course.modules.flatMap((m) => m.lessons);
}

export function findLesson(course: LoadedCourse, moduleSlug: string, lessonSlug: string): LoadedLesson | undefined {
  return course.modules.find((m) => m.slug === moduleSlug)?.lessons.find((l) => l.slug === lessonSlug);
}
