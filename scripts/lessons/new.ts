// `npm run lessons:new -- <module> <slug> [title]`: scaffolds a lesson.
//   <module>  an existing module folder ("01-foundations") or slug ("foundations"), or a new
//             slug, which creates the next numbered module with a _module.mdx to fill in
//   <slug>    the lesson's slug ("lazy-querysets"); it gets the next free number
// Writes index.mdx (frontmatter + an exercise to replace), starter.py, solution.py and an empty
// mistakes/ folder, then says what to do next. ORMLAB_LESSONS_DIR picks another folder.
import path from 'node:path';
import { lessonsRoot } from '../../lib/lessons/paths';
import { scaffoldLesson } from '../../lib/lessons/scaffold';

const [moduleArg, slug, ...titleWords] = process.argv.slice(2);
if (!moduleArg || !slug) {
  console.error('usage: npm run lessons:new -- <module> <lesson-slug> [title words...]');
  process.exit(2);
}
const root = lessonsRoot();
try {
  const created = scaffoldLesson(root, moduleArg, slug, titleWords.join(' ') || undefined);
  const rel = (p: string) => path.relative(process.cwd(), p);
  for (const file of created.files) console.log(`created ${rel(file)}`);
  console.log(`
Next:
  1. Write the prose and the exercise in ${rel(path.join(created.dir, 'index.mdx'))}; put the
     starting code in starter.py and a reference answer in solution.py.
  2. npm run dev, then open http://localhost:3000${created.href} (it reloads as you edit).
  3. npm run lessons:check && ORMLAB_UPDATE_GOLDEN=1 npm run lessons:verify -- ${created.id}
See content/AUTHORING.md.`);
} catch (error) {
  console.error(`lessons:new: ${(error as Error).message}`);
  process.exit(1);
}
