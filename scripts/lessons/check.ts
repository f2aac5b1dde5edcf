// `npm run lessons:check`: validates every lesson without running it: folder layout and
// numbering, frontmatter (file:line for each problem), the files the frontmatter promises,
// datasets, and that every index.mdx and _module.mdx compiles with the site's MDX options.
// ORMLAB_LESSONS_DIR checks another lessons folder (the e2e fixtures).
import path from 'node:path';
import { checkCourseMdx } from '../../lib/lessons/check-mdx';
import { formatProblem } from '../../lib/lessons/frontmatter';
import { allLessons, loadCourse } from '../../lib/lessons/loader';

const started = performance.now();
const course = loadCourse();
const problems = [...course.problems, ...(await checkCourseMdx(course))];
const lessons = allLessons(course).length;
const where = path.relative(process.cwd(), course.root) || '.';
for (const p of problems) console.error(formatProblem(p));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(`\nlessons:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${where} (${lessons} lessons, ${seconds} s).`);
  process.exit(1);
}
console.log(`lessons:check: ${course.modules.length} modules, ${lessons} lessons in ${where}: all valid (${seconds} s).`);
