// Every lesson of the real course, solved once in Chromium: its page opens, the reference
// solution (lessons/<module>/<lesson>/solution.py) is put where the workspace keeps the learner's
// code, and one Run turns every check green. Runs against the `course` project's server, built
// from lessons/ (playwright.config.ts); the other specs use the fixture lessons.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..', 'lessons');
const numbered = (dir: string) => fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && /^\d{2}-/.test(e.name)).map((e) => e.name).sort();
const slug = (folder: string) => folder.replace(/^\d{2}-/, '');

const lessons = numbered(ROOT).flatMap((module) =>
  numbered(path.join(ROOT, module))
    .filter((lesson) => fs.existsSync(path.join(ROOT, module, lesson, 'solution.py')))
    .map((lesson) => ({ id: `${slug(module)}/${slug(lesson)}`, dir: path.join(ROOT, module, lesson) })),
);

test('the course has lessons to walk', () => {
  expect(lessons.length).toBeGreaterThan(0);
});

for (const lesson of lessons) {
  test(`${lesson.id}: the solution passes every check in the browser`, async ({ page }) => {
    const href = `/learn/${lesson.id}`;
    await page.goto(href);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`ormlab-code:${lesson.id}`, fs.readFileSync(path.join(lesson.dir, 'solution.py'), 'utf8')]);
    await page.reload();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('tab', { name: 'Checks' }).click();
    const checks = page.getByRole('region', { name: 'Checks' });
    await expect(checks.getByRole('status')).toHaveText('All checks pass: exercise complete.', { timeout: 150_000 });
  });
}
