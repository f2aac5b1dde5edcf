import fs from 'node:fs';
import path from 'node:path';
import { lessonHref } from '@/lib/course/types';
import { humanize, NUMBERED_FOLDER } from './paths';

// lessons:new: a new lesson folder with a valid frontmatter and an exercise to replace, so the
// author starts from something lessons:check accepts and lessons:verify can run.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function numbered(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((n) => NUMBERED_FOLDER.test(n) && fs.statSync(path.join(dir, n)).isDirectory()).sort();
}

function nextNumber(folders: string[]): string {
  const last = folders.length ? Number(folders[folders.length - 1].slice(0, 2)) : 0;
  if (last >= 99) throw new Error('no number left (99 is the last)');
  return String(last + 1).padStart(2, '0');
}

export interface Scaffolded {
  id: string;
  href: string;
  dir: string;
  files: string[];
}

export function scaffoldLesson(root: string, moduleArg: string, slug: string, title = humanize(slug)): Scaffolded {
  if (!SLUG.test(slug)) throw new Error(`"${slug}" is not a slug: lowercase words joined by "-"`);
  const moduleSlug = moduleArg.replace(/^\d{2}-/, '');
  if (!SLUG.test(moduleSlug)) throw new Error(`"${moduleArg}" is not a module folder or slug`);
  const files: string[] = [];
  const modules = numbered(root);
  let moduleFolder = modules.find((m) => m === moduleArg || m.slice(3) === moduleSlug);
  if (!moduleFolder) {
    moduleFolder = `${nextNumber(modules)}-${moduleSlug}`;
    const moduleFile = path.join(root, moduleFolder, '_module.mdx');
    fs.mkdirSync(path.dirname(moduleFile), { recursive: true });
    fs.writeFileSync(moduleFile, `---\ntitle: ${humanize(moduleSlug)}\nsummary: TODO one or two sentences for the course home.\ndataset: bookstore\n---\n`);
    files.push(moduleFile);
  }
  const moduleDir = path.join(root, moduleFolder);
  const lessons = numbered(moduleDir);
  const existing = lessons.find((l) => l.slice(3) === slug);
  if (existing) throw new Error(`${path.join(moduleFolder, existing)} already exists`);
  const dir = path.join(moduleDir, `${nextNumber(lessons)}-${slug}`);
  fs.mkdirSync(path.join(dir, 'mistakes'), { recursive: true });
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    files.push(path.join(dir, name));
  };
  write(
    'index.mdx',
    `---
title: ${JSON.stringify(title)}
summary: TODO one sentence on what the lesson is about.
objectives:
  - TODO what the learner can do afterwards
estimatedMinutes: 10
checks:
  - kind: rows
  - kind: maxQueries
    max: 1
---

TODO the explanation. A runnable example:

\`\`\`python run
Book.objects.filter(price__lt=10).count()
\`\`\`

<Exercise>
  TODO the task: what to return, and under which constraint.
</Exercise>

<Hint>TODO a first nudge.</Hint>

<Solution />
`,
  );
  write('starter.py', '# TODO the code the learner starts from (it must fail at least one check).\nBook.objects.order_by("id")[:3]\n');
  write('solution.py', '# TODO the reference answer (it must pass every check).\nBook.objects.order_by("id")[:5]\n');
  fs.writeFileSync(path.join(dir, 'mistakes', '.gitkeep'), '');
  const id = `${moduleSlug}/${slug}`;
  return { id, href: lessonHref(id), dir, files };
}
