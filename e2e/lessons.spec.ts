// Lesson pages against the fixture lessons (e2e/fixtures/lessons): the server under test must be
// built with ORMLAB_LESSONS_DIR=e2e/fixtures/lessons. The learner's code is put where the
// workspace keeps it (localStorage) and the page reloaded, as a returning learner's would be.
import { expect, test, type Page } from '@playwright/test';
import { BOOT_TIMEOUT, RUN_TIMEOUT, inspectorPanel, labStatus } from './fixtures/workspace/lab';
import fs from 'node:fs';
import path from 'node:path';

const LESSON = '/learn/relations/select-related';
const DIR = path.join(import.meta.dirname, 'fixtures/lessons/01-relations/01-select-related');
const CODE_KEY = 'ormlab-code:relations/select-related';
const read = (file: string) => fs.readFileSync(path.join(DIR, file), 'utf8');

test.beforeEach(async ({ request }) => {
  const response = await request.get(LESSON);
  test.skip(response.status() === 404, 'the server was not built with ORMLAB_LESSONS_DIR=e2e/fixtures/lessons');
});

async function openWithCode(page: Page, code: string) {
  await page.goto(LESSON);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [CODE_KEY, code]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Why select_related' })).toBeVisible();
}

async function runAndOpenChecks(page: Page) {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByRole('tab', { name: 'Checks' }).click();
  return page.getByRole('region', { name: 'Checks' });
}

test('the course home lists the fixture lessons and search finds one', async ({ page }) => {
  await page.goto('/learn');
  await expect(page.getByRole('link', { name: /Why select_related/ })).toBeVisible();
  await page.getByLabel('Search lessons').fill('transaction');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(results.getByRole('link', { name: /All or nothing/ })).toBeVisible();
});

test('hints open one at a time', async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.getByRole('button', { name: 'Show hint 2' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show hint 1' }).click();
  await expect(page.getByRole('complementary', { name: 'Hint 1' })).toContainText('Which attribute of each book');
  await expect(page.getByRole('complementary', { name: 'Hint 2' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show hint 2' }).click();
  await expect(page.getByRole('complementary', { name: 'Hint 2' })).toContainText('select_related("author")');
});

test('the solution turns every check green and completes the exercise', async ({ page }) => {
  await openWithCode(page, read('solution.py'));
  const checks = await runAndOpenChecks(page);
  await expect(checks.getByRole('status')).toHaveText('All checks pass: exercise complete.');
  await expect(checks.locator('li[data-status="pass"]')).toHaveCount(5);
  await expect(page.getByText('Complete: every check passes.')).toBeVisible();
});

test('the starter fails with explanations, and a known mistake shows its message', async ({ page }) => {
  await openWithCode(page, read('starter.py'));
  let checks = await runAndOpenChecks(page);
  await expect(checks.getByRole('status')).toHaveText('1 of 5 checks pass.');
  await expect(checks).toContainText('Your code ran 21 queries; at most 1 is allowed.');

  await openWithCode(page, read('mistakes/prefetch-forward-fk.py'));
  checks = await runAndOpenChecks(page);
  await expect(checks.getByRole('alert')).toContainText('prefetch_related works, but it loads the authors with a second query.');
});

async function runSql(page: Page, sql: string) {
  await page.getByTestId('sql-editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(sql);
  await page.getByRole('button', { name: 'Run SQL' }).click();
}

test('the next lesson takes the lab the last one started, back on the pristine dataset', async ({ page }) => {
  await page.goto(LESSON);
  await expect(labStatus(page)).toHaveText(/^Lab ready \(started in/, { timeout: BOOT_TIMEOUT });
  // Change the database from the SQL editor: the next lesson must not inherit it.
  await runSql(page, 'DELETE FROM bookstore_book_tags');
  await runSql(page, 'SELECT count(*) AS links FROM bookstore_book_tags');
  const cell = inspectorPanel(page).getByRole('table', { name: 'SQL rows' }).locator('tbody td');
  await expect(cell).toHaveText(['0'], { timeout: RUN_TIMEOUT });

  await page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Next/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare and quiz' })).toBeVisible();
  await expect(labStatus(page)).toHaveText('Lab ready (kept from the previous lesson)');
  await expect(page.locator('iframe[title="Lab engine (hidden)"]')).toHaveCount(1);
  await runSql(page, 'SELECT count(*) AS links FROM bookstore_book_tags');
  await expect(inspectorPanel(page).getByRole('table', { name: 'SQL rows' }).locator('tbody td')).toHaveText(['49885'], { timeout: RUN_TIMEOUT });
});
