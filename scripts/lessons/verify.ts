// `npm run lessons:verify [-- <id filter>...]`: runs every lesson in the Node lab (one worker
// per dataset, with each lesson's time limit) and compares the transcript with
// <lessons>/verify.golden.json. ORMLAB_UPDATE_GOLDEN=1 rewrites the golden file;
// ORMLAB_LESSONS_DIR picks another lessons folder (the e2e fixtures).
import { UPDATE_GOLDEN_ENV } from '../../lib/lessons/golden';
import { formatProblem } from '../../lib/lessons/frontmatter';
import { loadCourse } from '../../lib/lessons/loader';
import { verifyCourse } from '../../lib/lessons/verify-course';
import { currentRuntimeDir } from '../../lib/runtime/node-assets';
import { nodeLabClient } from '../../lib/runtime/node-lab';

const course = loadCourse();
const only = process.argv.slice(2);
// With an id filter, only the chosen lessons' problems block: an author verifying one lesson is
// not stopped by another author's half-written folder. Problems name files with their numbered
// folders; ids are the same path without the numbers.
const blocking = only.length
  ? course.problems.filter((p) => only.some((id) => p.file.replace(/(^|\/)\d{2}-/g, '$1').includes(id)))
  : course.problems;
if (blocking.length) {
  for (const p of blocking) console.error(formatProblem(p));
  console.error(`\nlessons:verify: ${blocking.length} problems; fix them first (npm run lessons:check).`);
  process.exit(1);
}
const update = process.env[UPDATE_GOLDEN_ENV] === '1';
const started = performance.now();
const result = await verifyCourse(course, {
  only,
  updateGolden: update,
  log: (line) => console.log(line),
  openLab: async (dataset, workApp) => {
    const client = nodeLabClient(dataset, workApp ? { init: { runtimeBase: currentRuntimeDir(), dataset, workApp } } : {});
    await client.ready();
    return Object.assign(client, { close: () => client.dispose() });
  },
});
const total = (performance.now() - started) / 1000;
const lessonSeconds = result.lessons.map((l) => l.seconds);
const perLesson = lessonSeconds.length ? lessonSeconds.reduce((a, b) => a + b, 0) / lessonSeconds.length : 0;

const changed = Object.entries(result.changed);
if (changed.length && !update) {
  console.log(`\nThe transcript differs from ${result.goldenFile}:`);
  for (const [id, lines] of changed) console.log(`  ${id}\n${lines.map((l) => `    ${l}`).join('\n')}`);
  console.log(`If the change is intended, record it: ${UPDATE_GOLDEN_ENV}=1 npm run lessons:verify`);
}
console.log(
  `\n${result.lessons.length} lessons in ${total.toFixed(1)} s (lab boot ${Object.values(result.bootSeconds)
    .map((s) => `${s.toFixed(1)} s`)
    .join(', ') || 'none'}; ${perLesson.toFixed(1)} s per lesson)${update ? `; golden file written: ${result.goldenFile}` : ''}`,
);
if (result.problems.length || (changed.length && !update)) {
  console.error(`lessons:verify: ${result.problems.length} problems, ${update ? 0 : changed.length} transcript changes.`);
  process.exit(1);
}
console.log('lessons:verify: every lesson verified.');
process.exit(0);
