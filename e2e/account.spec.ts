// Accounts and progress through the UI, as a learner meets them: sign up and find an empty
// "My progress", finish a lesson anonymously and see it join the account on sign-in (checked
// from a second browser that has only the session cookie), and sign out. Runs on the fixture
// lessons (e2e/fixtures/lessons). The server keeps its database between runs, so every
// account is new: its email carries the run's time and a random part.
import { randomInt, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const LESSON_ID = 'relations/select-related';
const LESSON = `/learn/${LESSON_ID}`;
const LESSON_TITLE = 'Why select_related';
const CODE_KEY = `ormlab-code:${LESSON_ID}`;
const SOLUTION = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/lessons/01-relations/01-select-related/solution.py'), 'utf8');
const PASSWORD = 'walnut harbour quietly 42';

// Sign-up and sign-in are rate limited per client address (a handful a minute). Each run
// plays one learner from an address of its own, as the server tests do, so running the file
// twice in a row does not trip the limit left by the first run.
const LEARNER_ADDRESS = { 'x-forwarded-for': `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` };
test.use({ extraHTTPHeaders: LEARNER_ADDRESS });

test.beforeEach(async ({ request }) => {
  const response = await request.get(LESSON);
  test.skip(response.status() === 404, 'the server was not built with ORMLAB_LESSONS_DIR=e2e/fixtures/lessons');
});

function newEmail(label: string): string {
  return `${label}-${Date.now()}-${randomUUID().slice(0, 8)}@example.com`;
}

/** Creates an account without signing in (sign-up does not sign in; the forms do that next). */
async function createAccount(request: APIRequestContext, baseURL: string | undefined, email: string): Promise<void> {
  const response = await request.post('/api/auth/sign-up/email', {
    data: { email, password: PASSWORD, name: 'E2E learner' },
    headers: { origin: baseURL ?? '' },
  });
  expect(response.status(), await response.text()).toBe(200);
}

async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in?next=/progress');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The value of one of the summary figures at the top of "My progress" ("Lessons done", ...). */
function figure(page: Page, label: string) {
  return page.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
}

// By path: the sign-in page's own address carries "next=/progress", which a regex would match.
const at = (pathname: string) => (url: URL) => url.pathname === pathname;
const siteNav = (page: Page) => page.getByRole('navigation', { name: 'Site' });

test('signing up through the form signs the learner in, to an empty "My progress"', async ({ page }) => {
  const email = newEmail('sign-up');
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
  await page.getByLabel('Name').fill('Ada');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();

  // The form signs in right after creating the account and goes on to "My progress".
  await expect(page).toHaveURL(at('/progress'));
  await expect(page.getByRole('heading', { level: 1, name: 'My progress' })).toBeVisible();
  await expect(page.getByText('All progress saved to your account.')).toBeVisible();
  await expect(figure(page, 'Lessons done')).toHaveText(/^0 \/ [1-9]\d*$/);
  await expect(page.getByRole('progressbar', { name: 'Relations completion' })).toHaveAttribute('aria-valuetext', '0 of 2 lessons done');
  await expect(siteNav(page).getByRole('link', { name: 'Account' })).toBeVisible();
  await expect(siteNav(page).getByRole('link', { name: 'Sign in' })).toHaveCount(0);

  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
});

test('a too-short password is refused by the form and creates no account', async ({ page, browser, baseURL }) => {
  const email = newEmail('short');
  await page.goto('/sign-up');
  await expect(page.getByText('At least 10 characters.', { exact: false })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  const password = page.getByLabel('Password');
  await password.fill('short');
  const signUpCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/auth/sign-up')) signUpCalls.push(r.url());
  });
  await page.getByRole('button', { name: 'Create account' }).click();

  // The browser stops the form at the password field and says what is wrong with it.
  await expect(page).toHaveURL(at('/sign-up'));
  await expect(password).toBeFocused();
  expect(await password.evaluate((input: HTMLInputElement) => input.validationMessage)).toMatch(/10 characters/);
  expect(signUpCalls).toEqual([]);
  await expect(page.getByRole('main').getByRole('alert')).toBeEmpty();

  // A browser that does not check the field (or a value it did not see typed) sends it anyway:
  // the server refuses it and the form says why, not that the account may already exist.
  await page.locator('form').evaluate((form: HTMLFormElement) => {
    form.noValidate = true;
  });
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Use a password of at least 10 characters.');
  await expect(page).toHaveURL(at('/sign-up'));

  // Nothing was created: signing in with that email and password fails with the form's message.
  const other = await browser.newContext({ baseURL, extraHTTPHeaders: LEARNER_ADDRESS });
  const signIn = await other.newPage();
  await signInWithForm(signIn, email, 'short');
  await expect(signIn.getByRole('main').getByRole('alert')).toHaveText('Email or password is incorrect.');
  await expect(signIn).toHaveURL(at('/sign-in'));
  await other.close();
});

test('a lesson finished before signing in joins the account, once, and is there on another browser', async ({ page, browser, baseURL }) => {
  // Booting the lab, running the exercise and two browsers: more than the default budget.
  test.setTimeout(360_000);
  const email = newEmail('merge');

  // Anonymous: the fixture solution as the learner's code (where the workspace keeps it), run once.
  await page.goto(LESSON);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [CODE_KEY, SOLUTION]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: LESSON_TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByRole('tab', { name: 'Checks' }).click();
  await expect(page.getByRole('region', { name: 'Checks' }).getByRole('status')).toHaveText('All checks pass: exercise complete.');

  await page.goto('/progress');
  await expect(page.getByText('Your progress is kept in this browser.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Relations completion' })).toHaveAttribute('aria-valuetext', '1 of 2 lessons done');

  // The account exists already (made in the background); the learner signs in through the form.
  await createAccount(page.request, baseURL, email);
  await signInWithForm(page, email, PASSWORD);
  await expect(page).toHaveURL(at('/progress'));
  await expect(page.getByText('All progress saved to your account.')).toBeVisible();
  await expect(figure(page, 'Lessons done')).toHaveText(/^1 \/ [1-9]\d*$/);

  // Another browser with the session cookie only (no localStorage): what it shows came from the server.
  const { cookies } = await page.context().storageState();
  const elsewhere = await browser.newContext({ baseURL, extraHTTPHeaders: LEARNER_ADDRESS, storageState: { cookies, origins: [] } });
  const other = await elsewhere.newPage();
  await other.goto('/progress');
  await expect(siteNav(other).getByRole('link', { name: 'Account' })).toBeVisible();
  await expect(other.getByText('All progress saved to your account.')).toBeVisible();
  await expect(figure(other, 'Lessons done')).toHaveText(/^1 \/ [1-9]\d*$/);
  await expect(other.getByRole('progressbar', { name: 'Relations completion' })).toHaveAttribute('aria-valuetext', '1 of 2 lessons done');

  await other.goto('/learn');
  await expect(other.getByRole('link', { name: new RegExp(`^completed\\s*${LESSON_TITLE}`) })).toBeVisible();
  await expect(other.getByRole('link', { name: /^completed/ })).toHaveCount(1);

  // The account holds the lesson once, completed after one attempt, with the code that passed.
  const response = await other.request.get('/api/progress');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { lessons: { lessonId: string; status: string; attempts: number; code: Record<string, string> | null }[] };
  const records = body.lessons.filter((l) => l.lessonId === LESSON_ID);
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ status: 'completed', attempts: 1, code: { 'query.py': SOLUTION } });
  expect(body.lessons).toHaveLength(1);
  await elsewhere.close();
});

test('signing out hides the account and its progress', async ({ page, baseURL }) => {
  const email = newEmail('sign-out');
  await createAccount(page.request, baseURL, email);
  await signInWithForm(page, email, PASSWORD);
  await expect(page).toHaveURL(at('/progress'));
  // A finished lesson on the account (setup through the API, as another device would have sent it).
  const saved = await page.request.put(`/api/progress/${LESSON_ID}`, {
    data: { status: 'completed', attempts: 2, completedAt: new Date().toISOString() },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await page.reload();
  await expect(page.getByText('All progress saved to your account.')).toBeVisible();
  await expect(figure(page, 'Lessons done')).toHaveText(/^1 \//);

  await siteNav(page).getByRole('link', { name: 'Account' }).click();
  await expect(page.getByText(email)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(at('/'));
  await expect(siteNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(siteNav(page).getByRole('link', { name: 'Account' })).toHaveCount(0);

  await page.goto('/progress');
  await expect(page.getByText('Your progress is kept in this browser.')).toBeVisible();
  await expect(figure(page, 'Lessons done')).toHaveText(/^0 \//);
  await expect(page.getByText('All progress saved to your account.')).toHaveCount(0);

  // The account page now asks to sign in, and the session no longer reads progress.
  await page.goto('/account');
  await expect(page).toHaveURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  expect((await page.request.get('/api/progress')).status()).toBe(401);
});
