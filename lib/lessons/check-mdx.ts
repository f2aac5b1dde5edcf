import fs from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { applyMdxPreset } from 'fumadocs-mdx/config';
import type { Problem } from './frontmatter';
import { splitFrontmatter } from './frontmatter';
import { LESSON_COMPONENTS, lessonMdxOptions } from './mdx-options';
import { remarkCollectComponents } from './remark-lesson';
import type { LoadedCourse } from './types';

// lessons:check's MDX step: compile every lesson and module with the site's MDX options
// (syntax errors, unknown code languages), then check the components it uses: known names
// only, one <Exercise> exactly when the frontmatter has checks.

const KNOWN = new Set<string>(LESSON_COMPONENTS);

async function compileFile(file: string, absolute: string): Promise<{ problems: Problem[]; components: { name: string; line: number }[] }> {
  const components: { name: string; line: number }[] = [];
  const options = await applyMdxPreset(lessonMdxOptions([remarkCollectComponents(components)]))('runtime');
  try {
    await compile({ value: splitFrontmatter(fs.readFileSync(absolute, 'utf8')).body, path: absolute }, options);
    return { problems: [], components };
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line;
    return { problems: [{ file, line, message: `MDX: ${e.reason ?? e.message}` }], components };
  }
}

export async function checkCourseMdx(course: LoadedCourse): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const mod of course.modules) {
    if (mod.file) problems.push(...(await compileFile(mod.file, `${mod.dir}/_module.mdx`)).problems);
    for (const lesson of mod.lessons) {
      const compiled = await compileFile(lesson.file, `${lesson.dir}/index.mdx`);
      problems.push(...compiled.problems);
      if (compiled.problems.length) continue;
      for (const { name, line } of compiled.components) {
        if (!KNOWN.has(name) && !/^[a-z]/.test(name)) {
          problems.push({ file: lesson.file, line, message: `unknown component <${name}> (lessons use ${LESSON_COMPONENTS.join(', ')})` });
        }
      }
      const exercises = compiled.components.filter((c) => c.name === 'Exercise');
      const hasChecks = Boolean(lesson.meta?.checks);
      if (hasChecks && exercises.length !== 1) {
        problems.push({ file: lesson.file, line: exercises[1]?.line, message: `a lesson with checks has exactly one <Exercise> (found ${exercises.length})` });
      }
      if (!hasChecks && lesson.meta) {
        const misplaced = compiled.components.find((c) => c.name === 'Exercise' || c.name === 'Solution');
        if (misplaced) problems.push({ file: lesson.file, line: misplaced.line, message: `<${misplaced.name}> needs an exercise: add \`checks\` to the frontmatter` });
      }
    }
  }
  return problems;
}
