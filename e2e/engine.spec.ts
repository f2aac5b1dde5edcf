// The lab engine inside Chromium: the worker boots Pyodide + Django + PGlite from our origin,
// answers an ORM query with the SQL Django sent, and a runaway run is stopped and replaced.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const SELECT_RELATED = 'Book.objects.select_related("author").filter(price__lt=10)[:5]';
const BOOT_TIMEOUT = 120_000;

/** Every request the context makes (page and its workers), and the bytes it received. */
function recordTraffic(context: BrowserContext) {
  const urls: string[] = [];
  const bytes = { total: 0 };
  context.on('request', (request) => urls.push(request.url()));
  context.on('requestfinished', (request) => {
    request.sizes().then((s) => (bytes.total += s.responseBodySize), () => undefined);
  });
  return { urls, bytes };
}

async function bootLab(page: Page, path: string): Promise<number> {
  const started = Date.now();
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Engine check' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^Ready/, { timeout: BOOT_TIMEOUT });
  // The page runs any code typed into it, so its lab is sandboxed as the workspace's is.
  await expect(page.locator('iframe[sandbox="allow-scripts"]')).toHaveCount(1);
  return Date.now() - started;
}

async function runCode(page: Page, code: string) {
  await page.getByRole('textbox', { name: 'Code' }).fill(code);
  await page.getByRole('button', { name: 'Run' }).click();
}

async function expectSelectRelatedResult(page: Page) {
  const output = page.getByRole('region', { name: 'Run output' });
  await expect(output.getByText(/^queryCount: 1 /)).toBeVisible({ timeout: 60_000 });
  const queries = output.getByRole('list', { name: 'Queries' }).getByRole('listitem');
  await expect(queries).toHaveCount(1);
  await expect(queries.first()).toContainText('INNER JOIN "bookstore_author"');
  await expect(output.getByRole('table', { name: 'Result' }).locator('tbody').getByRole('row')).toHaveCount(5);
}

function expectSameOrigin(urls: string[], origin: string) {
  const foreign = urls.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign, 'requests that left our origin').toEqual([]);
  // The lab's fetches are observed too (else the check above would prove little).
  expect(urls.some((u) => u.endsWith('/pglite/pglite.wasm.br'))).toBe(true);
}

test('the engine answers an ORM query in Chromium, cold and warm, without leaving our origin', async ({ page, context, baseURL }) => {
  const traffic = recordTraffic(context);
  const coldMs = await bootLab(page, '/lab-check');
  await runCode(page, SELECT_RELATED);
  await expectSelectRelatedResult(page);
  const coldBytes = traffic.bytes.total;

  const warmMs = await (async () => {
    const started = Date.now();
    await page.reload();
    await expect(page.getByRole('status')).toHaveText(/^Ready/, { timeout: BOOT_TIMEOUT });
    return Date.now() - started;
  })();
  await runCode(page, SELECT_RELATED);
  await expectSelectRelatedResult(page);

  expectSameOrigin(traffic.urls, baseURL!);
  const figures = { coldMs, warmMs, coldMB: +(coldBytes / 1e6).toFixed(1), reloadMB: +((traffic.bytes.total - coldBytes) / 1e6).toFixed(1) };
  console.log(`[e2e] page open -> lab ready: ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: 'boot', description: JSON.stringify(figures) });
});

test('a runaway run is stopped at the time limit and the next run works', async ({ page, context, baseURL }) => {
  const traffic = recordTraffic(context);
  await bootLab(page, '/lab-check?timeLimit=3000');
  await runCode(page, 'while True:\n    pass');
  await expect(page.getByRole('region', { name: 'Run output' }).getByRole('alert')).toContainText('TimeoutError: Stopped after 3 s', { timeout: 30_000 });
  // A fresh worker boots from the snapshot; the next run waits for it.
  await runCode(page, SELECT_RELATED);
  await expectSelectRelatedResult(page);
  expectSameOrigin(traffic.urls, baseURL!);
});
