// The lesson workspace in Chromium on a production build: runs show rows, SQL and the query
// count; N+1 loops are flagged on their line; plans draw as trees; errors mark their line;
// runaway runs are stopped; a second visit comes from the cache; nothing leaves our origin; and
// learner code in the sandboxed lab cannot use the learner's session.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM } from '../playwright.config';
import { BOOT_TIMEOUT, RUN_TIMEOUT, editorText, foreignRequests, inspectorPanel, inspectorTab, labStatus, openWorkspace, recordTraffic, run, typeCode } from './fixtures/workspace/lab';

test('a query shows its rows, its SQL and the query count, and its plan as a tree; nothing leaves our origin', async ({ page, context, baseURL }) => {
  const traffic = recordTraffic(context);
  await openWorkspace(page, 'simple');
  await run(page);

  const rows = inspectorPanel(page).getByRole('table', { name: /^Result:/ });
  await expect(rows.locator('tbody').getByRole('row')).toHaveCount(5, { timeout: RUN_TIMEOUT });
  await expect(rows.getByRole('columnheader', { name: 'title' })).toBeVisible();
  await expect(inspectorTab(page, 'Queries (1)')).toBeVisible();
  await expect.poll(() => editorText(page, 'sql-editor')).toMatch(/SELECT\s+"bookstore_book"\."id"/);

  await inspectorTab(page, 'Queries (1)').click();
  const query = inspectorPanel(page).getByRole('list', { name: 'Queries in order' }).getByRole('listitem');
  await expect(query).toHaveCount(1);
  await expect(query).toContainText('line 1');
  await expect(query).toContainText('5 rows');
  await query.getByRole('button', { name: /^Query 1, line 1/ }).click();
  await expect(query).toContainText(/INNER JOIN\s+"bookstore_author"/);

  await inspectorTab(page, 'Plan').click();
  const tree = inspectorPanel(page).getByRole('tree', { name: 'Query plan' });
  await expect(tree).toBeVisible({ timeout: RUN_TIMEOUT });
  expect(await tree.getByRole('treeitem').count()).toBeGreaterThan(1);
  await expect(tree).toContainText(/Scan( using \w+)? on bookstore_(book|author)/);

  // Monaco's editor worker comes from our origin too (word-based completion on an empty line
  // starts it).
  const editorWorker = page.waitForEvent('worker', { predicate: (w) => w.url().startsWith(`${baseURL}/_next/static/`) });
  await page.getByTestId('python-editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  await editorWorker;
  expect(foreignRequests(traffic.urls, baseURL!), 'requests that left our origin').toEqual([]);
  // The lab's files are observed, and the big ones come as their brotli copies (the relay's choice).
  expect(traffic.urls.some((u) => u.endsWith('/pglite/pglite.wasm.br')), 'PostgreSQL’s wasm, brotli-compressed').toBe(true);
  expect(traffic.urls.some((u) => u.endsWith('/datasets/bookstore/pgdata.tar.br')), 'the dataset, brotli-compressed').toBe(true);
});

test('SQL typed in the SQL editor runs on the lab database, its rows beside the ORM result', async ({ page }) => {
  await openWorkspace(page, 'simple');
  await run(page);
  const ormRows = inspectorPanel(page).getByRole('table', { name: /^Result:/ }).locator('tbody').getByRole('row');
  await expect(ormRows).toHaveCount(5, { timeout: RUN_TIMEOUT });
  await page.getByTestId('sql-editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('SELECT count(*) AS books FROM bookstore_book');
  await page.getByRole('button', { name: 'Run SQL' }).click();
  const sqlRows = inspectorPanel(page).getByRole('table', { name: 'SQL rows' });
  await expect(sqlRows.getByRole('columnheader')).toHaveText(['books'], { timeout: RUN_TIMEOUT });
  await expect(sqlRows.locator('tbody td')).toHaveText(['20000']);
  await expect(ormRows).toHaveCount(5);
});

test('completion offers the models, their fields and Django lookups step by step', async ({ page }) => {
  await openWorkspace(page, 'simple');
  await typeCode(page, 'Book.objects.filter(author__');
  const suggestions = page.getByTestId('python-editor').locator('.suggest-widget .monaco-list-row');
  await expect(suggestions.filter({ hasText: /^name/ })).toBeVisible();
  await expect(suggestions.filter({ hasText: /^books/ })).toBeVisible(); // Author's reverse relation
  await page.keyboard.type('name__');
  await expect(suggestions.filter({ hasText: /^icontains/ })).toBeVisible();
  await page.keyboard.type('ist');
  await expect(suggestions.first()).toHaveText(/^istartswith/);
});

test('an N+1 loop is flagged on its line, with a query-count badge in the editor', async ({ page }) => {
  await openWorkspace(page, 'nplusone');
  await run(page);
  await expect(inspectorTab(page, /^Queries \(51\)/)).toBeVisible({ timeout: RUN_TIMEOUT });
  await inspectorTab(page, /^Queries \(51\)/).click();
  const warning = inspectorPanel(page).getByRole('list', { name: 'Query warnings' });
  await expect(warning).toContainText('line 4');
  await expect(warning).toContainText('Book.author');
  await expect(warning).toContainText('select_related("author")');
  await expect(page.getByTestId('python-editor').locator('.ormlab-line-badge-warn')).toHaveText(/×50/);
  // Clicking a query's line puts the cursor on it.
  await inspectorPanel(page).getByRole('button', { name: 'Show line 4 in the editor' }).first().click();
  await expect(page.getByTestId('python-editor').locator('.line-numbers.active-line-number')).toHaveText('4');
});

test('a syntax error is shown in the console and marks its line in the editor', async ({ page }) => {
  await openWorkspace(page, 'syntax');
  await run(page);
  const alert = inspectorPanel(page).getByRole('alert');
  await expect(alert).toContainText('SyntaxError', { timeout: RUN_TIMEOUT });
  await expect(alert.getByRole('button', { name: 'Go to line 2' })).toBeVisible();
  const editor = page.getByTestId('python-editor');
  const marked = editor.locator('.ormlab-error-line');
  await expect(marked).toHaveCount(1);
  const lineTwo = editor.locator('.line-numbers', { hasText: /^2$/ });
  const [markBox, lineBox] = [await marked.boundingBox(), await lineTwo.boundingBox()];
  expect(Math.abs(markBox!.y - lineBox!.y)).toBeLessThan(3);
});

test('an edited models.py restarts the lab with the new model, which the code then migrates', async ({ page }) => {
  await openWorkspace(page, 'schema', '&timeLimit=90000');
  await run(page);
  const result = inspectorPanel(page);
  await expect(result.getByRole('columnheader', { name: 'name' })).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(result.getByRole('columnheader', { name: 'color' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'models.py' }).click();
  const models = page.getByTestId('models-editor');
  await expect(models).toHaveAttribute('data-editor-ready', 'true');
  await models.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  // A new line, emptied of whatever indentation the editor gave it, then the field at class level.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Delete');
  await page.keyboard.type('    color = models.CharField(max_length=7, default="red")');
  await run(page);
  await expect(result.getByRole('columnheader', { name: 'color' })).toBeVisible({ timeout: BOOT_TIMEOUT });
  await expect(result.getByRole('cell', { name: 'red' })).toBeVisible();
});

test('a database error is shown with its SQLSTATE', async ({ page }) => {
  await openWorkspace(page, 'integrity');
  await run(page);
  const alert = inspectorPanel(page).getByRole('alert');
  await expect(alert).toContainText('IntegrityError', { timeout: RUN_TIMEOUT });
  await expect(alert).toContainText('SQLSTATE 23505');
  await expect(alert).toContainText(/duplicate key value violates unique constraint/);
  await expect(page.getByTestId('python-editor').locator('.ormlab-error-line')).toHaveCount(1);
});

test('an endless loop is stopped at the time limit and the next run works', async ({ page }) => {
  await openWorkspace(page, 'loop', '&timeLimit=3000');
  await run(page);
  await expect(inspectorPanel(page).getByRole('alert')).toContainText('TimeoutError', { timeout: 30_000 });
  await expect(inspectorPanel(page).getByRole('alert')).toContainText('Stopped after 3 s');
  await typeCode(page, 'Book.objects.count()');
  await run(page);
  await expect(inspectorTab(page, 'Result')).toHaveAttribute('aria-selected', 'true', { timeout: BOOT_TIMEOUT });
  await expect(inspectorPanel(page).getByLabel(/^Result \((JSON|text)\)$/)).toHaveText('20000', { timeout: BOOT_TIMEOUT });
});

test('learner code cannot use the learner’s session', async ({ page, context, baseURL }) => {
  // A signed-in learner: the session cookie is in the browser, and the page itself can read
  // their progress with it.
  await openWorkspace(page, 'fetch');
  const email = `lab-${Date.now()}@example.com`;
  const signedIn = await page.evaluate(async (body) => {
    const post = (path: string, data: object) =>
      fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) }).then(async (r) => `${r.status} ${await r.text()}`);
    // Sign-up does not sign in (see lib/server/auth/auth.ts): sign in as the form does.
    return [await post('/api/auth/sign-up/email', body), await post('/api/auth/sign-in/email', { email: body.email, password: body.password })];
  }, { email, password: 'correct horse battery', name: 'Lab tester' });
  expect(signedIn[0]).toMatch(/^200 /);
  expect(signedIn[1]).toMatch(/^200 /);
  expect((await context.cookies(baseURL!)).map((c) => c.name).join(' '), 'a session cookie').toMatch(/session/);
  const own = await page.evaluate(async () => (await fetch('/api/progress', { credentials: 'include' })).status);
  expect(own, 'the page reads progress with the session').toBe(200);

  // From here on, every request for the progress API is the learner code's.
  const progressRequests: Promise<string | undefined>[] = [];
  context.on('request', (request) => {
    if (request.url().includes('/api/progress')) progressRequests.push(request.allHeaders().then((h) => h.cookie));
  });
  await run(page);
  // The snippet's result is json.dumps(attempts): a Python str, shown as a JSON string.
  const value = inspectorPanel(page).getByLabel(/^Result \((JSON|text)\)$/);
  await expect(value).toBeVisible({ timeout: RUN_TIMEOUT });
  let shown: unknown = JSON.parse(await value.innerText());
  if (typeof shown === 'string') shown = JSON.parse(shown);
  const attempts = shown as { url: string; status?: number; body?: string; refused?: string }[];
  expect(attempts).toHaveLength(2);
  for (const attempt of attempts) {
    // Refused (CORS, or no valid URL from the opaque origin), or answered without the session.
    expect(attempt.body ?? '').not.toContain('userId');
    if (attempt.status !== undefined) expect(attempt.status).toBe(401);
    else expect(attempt.refused).toMatch(/fetch|URL/i);
  }
  for (const cookie of await Promise.all(progressRequests)) expect(cookie ?? '').not.toMatch(/session/i);
});

test('a second visit loads the runtime from the browser cache', async ({ baseURL }) => {
  // A persistent profile: a browser's disk cache, as learners have (a fresh Playwright context
  // keeps only a small in-memory cache).
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-cache-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    baseURL,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const traffic = recordTraffic(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await openWorkspace(page, 'simple');
    await page.waitForTimeout(500);
    const firstVisit = traffic.transferred.bytes;
    await page.goto('about:blank');
    traffic.transferred.bytes = 0;
    await openWorkspace(page, 'simple');
    await page.waitForTimeout(500);
    const secondVisit = traffic.transferred.bytes;
    console.log(`[e2e] workspace first visit ${(firstVisit / 1e6).toFixed(1)} MB, second ${(secondVisit / 1e3).toFixed(0)} kB`);
    expect(firstVisit).toBeGreaterThan(5e6);
    expect(secondVisit).toBeLessThan(firstVisit / 20);
    await run(page);
    await expect(inspectorPanel(page).getByRole('table', { name: /^Result:/ }).locator('tbody').getByRole('row')).toHaveCount(5, { timeout: RUN_TIMEOUT });
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('the boot progress bar reserves its space: nothing moves when the lab becomes ready', async ({ page }) => {
  await page.goto('/dev/workspace?fixture=simple');
  const tabs = page.getByRole('tablist', { name: 'Inspector' });
  await expect(tabs).toBeVisible();
  const before = await tabs.boundingBox();
  await expect(labStatus(page)).toHaveText(/^Lab ready/, { timeout: BOOT_TIMEOUT });
  expect(await tabs.boundingBox()).toEqual(before);
  // Where the start-up went, for whoever wonders why it was slow.
  await expect(labStatus(page)).toHaveAttribute('title', /^Start-up: .*Python .*\d\.\d s.*PostgreSQL \d\.\d s/);
});
