// `npm run bench:browser`: the lesson workspace in Chromium (Debian's, driven by Playwright) on
// a production build. Prints a table, or one JSON object with `-- --json`:
//   coldBootMs        empty cache: page open -> lab ready ("runnable")
//   warmBootMs        second visit, same profile, after the first visit's page stayed open for
//                     STAY_MS (a learner reads before leaving; the relay stores decoded runtime
//                     files once the lab is quiet, lib/lab-frame/decoded-cache.ts)
//   runSimpleMs       Run -> result table shown, a one-query select_related
//   runNPlusOneMs     Run -> "Queries (51)" shown, the 51-query loop
//   nextLessonMs      on a lesson page with its lab ready, a click on "Next" -> the next lesson's
//                     lab ready (it takes the lab the last page started: lib/lab-frame/lab-keeper.ts)
//   firstVisitBytes   transferred (encoded bodies + headers), first visit until ready
//   secondVisitBytes  transferred, second visit until ready
//   tabMemoryMb       proportional set size of the tab's renderer processes (page, lab frame and
//                     workers) after the runs
// Boot and next-lesson times are read from the page's clock: when its status turned to "Lab
// ready" (bench/lib/ready-clock.ts), not when Playwright's polling noticed it (up to 500 ms later).
// `-- --files` also lists, per round, the largest transfers of the first visit (path and bytes).
// Medians over ROUNDS fresh profiles (a persistent profile each: a real disk cache). Uses a server
// at `--url URL`, or starts `next start` on the existing build (`npm run build` first); either
// way it asks the server for the pages once before measuring. Never fails on time.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { READY_CLOCK_SCRIPT, type ReadyMarks } from './lib/ready-clock';

const args = process.argv.slice(2);
const json = args.includes('--json');
const listFiles = args.includes('--files');
const urlArg = args.indexOf('--url');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RUNS = 5;
/** How long the first visit's page stays open after the lab is ready. */
const STAY_MS = 5000;
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = Number(process.env.BENCH_TIMEOUT_MS ?? 180_000);
const log = (msg: string) => {
  if (!json) console.error(msg);
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function startServer(): Promise<{ base: string; server: ChildProcess | null }> {
  if (urlArg >= 0) return { base: args[urlArg + 1].replace(/\/$/, ''), server: null };
  if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('no production build: run `npm run build` first (or pass --url)');
  const server = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/runtime/manifest.json`)).ok) return { base, server };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error('next start did not answer');
}

/**
 * Bytes the context transferred (encoded bodies + headers; answers from the cache count 0).
 * Each call returns the total since the last one, and the bytes per path.
 */
function countBytes(context: BrowserContext) {
  let byPath = new Map<string, number>();
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    pending.push(
      request.sizes().then(
        (s) => void byPath.set(pathname, (byPath.get(pathname) ?? 0) + Math.max(0, s.responseBodySize) + Math.max(0, s.responseHeadersSize)),
        () => undefined,
      ),
    );
  });
  return async () => {
    await Promise.all(pending.splice(0));
    const files = byPath;
    byPath = new Map();
    return { bytes: [...files.values()].reduce((a, b) => a + b, 0), files };
  };
}

/** The course's first two lessons: the same dataset, no work app. */
const FIRST_LESSON = '/learn/foundations/what-the-orm-is';
const SECOND_LESSON = /\/learn\/foundations\/project-in-the-browser$/;

/** The page's record of "Lab ready" moments and clicks (lib/ready-clock.ts). */
const readyMarks = (page: Page) => page.evaluate(() => (window as unknown as { __ormlabReadyMarks: ReadyMarks }).__ormlabReadyMarks);

/** From a click on the lesson page's "Next" link to the next lesson's lab being ready (ms). */
async function nextLesson(page: Page, base: string): Promise<number> {
  await visit(page, `${base}${FIRST_LESSON}`);
  const next = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: /Next/ });
  await next.waitFor();
  const before = await readyMarks(page);
  await next.click();
  await page.waitForURL(SECOND_LESSON, { timeout: TIMEOUT });
  const ready = page.getByRole('toolbar', { name: 'Workspace' }).getByRole('status').filter({ hasText: /^Lab ready/ });
  await ready.waitFor({ timeout: TIMEOUT });
  // The same document (lesson pages change client-side): its clock runs on.
  const { ready: readyAt, clicks } = await readyMarks(page);
  const clicked = clicks[before.clicks.length];
  const shown = readyAt.find((t) => t > clicked);
  if (clicked === undefined || shown === undefined) throw new Error('the page recorded no click on "Next" or no "Lab ready" after it');
  return shown - clicked;
}

/** Page open to "Lab ready" (ms, the page's clock), and the lab's own account of its start-up (its title). */
async function visit(page: Page, url: string): Promise<{ ms: number; steps: string }> {
  await page.goto(url);
  const ready = page.getByRole('toolbar', { name: 'Workspace' }).getByRole('status').filter({ hasText: /^Lab ready/ });
  await ready.waitFor({ timeout: TIMEOUT });
  const [ms] = (await readyMarks(page)).ready;
  if (ms === undefined) throw new Error(`${url}: the page recorded no "Lab ready"`);
  return { ms, steps: (await ready.getAttribute('title'))?.replace(/^Start-up: /, '') ?? '' };
}

/**
 * Run, timed inside the page: from a click on Run to the DOM update in which the workspace shows
 * that run's result, where `shown` (a CSS selector inside it) matches. Clicking and timing in
 * the page leave out Playwright's own round trips (its click waits for the button to be stable,
 * its waits poll), which are not part of what a learner waits for. (The end is the DOM update,
 * not the next painted frame: a headless page in the background gets no animation frames.)
 */
async function timeRun(page: Page, shown: string): Promise<number> {
  const workspace = page.getByRole('region', { name: 'Lab workspace' });
  const before = Number(await workspace.getAttribute('data-runs'));
  return page.evaluate(
    ([runs, selector, timeout]) =>
      new Promise<number>((resolve, reject) => {
        // No named functions in here: the bundler would wrap them in a helper the page lacks.
        const target = `section[data-runs="${runs}"] ${selector}`;
        const timer = setTimeout(() => {
          const shownRuns = document.querySelector('section[data-runs]')?.getAttribute('data-runs');
          reject(new Error(`run ${runs}: "${selector}" not shown (the workspace shows run ${shownRuns})`));
        }, timeout);
        const observer = new MutationObserver(() => {
          if (!document.querySelector(target)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        // The Run button (its label carries an icon; its shortcut is unique to it).
        const button = document.querySelector<HTMLButtonElement>('[role="toolbar"] button[aria-keyshortcuts="Control+Enter Meta+Enter"]');
        if (!button) throw new Error('no Run button');
        const started = performance.now();
        button.click();
      }),
    [before + 1, shown, TIMEOUT] as const,
  );
}

/** Proportional set size (MB) of the renderer processes of the browser using `profile`. */
function rendererMemoryMb(profile: string): number {
  const procs = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const info = new Map<number, { ppid: number; cmd: string }>();
  for (const pid of procs) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const ppid = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      info.set(Number(pid), { ppid, cmd });
    } catch {
      // exited meanwhile
    }
  }
  const root = [...info].find(([, p]) => p.cmd.includes(profile) && !p.cmd.includes('--type='))?.[0];
  if (!root) return NaN;
  const descends = (pid: number): boolean => {
    for (let p = info.get(pid)?.ppid; p; p = info.get(p)?.ppid) if (p === root) return true;
    return false;
  };
  let kb = 0;
  for (const [pid, p] of info) {
    if (!p.cmd.includes('--type=renderer') || !descends(pid)) continue;
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    kb += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
  }
  return kb / 1024;
}

async function round(base: string, n: number) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ormlab-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1400, height: 900 },
  });
  await context.addInitScript(READY_CLOCK_SCRIPT);
  try {
    const bytes = countBytes(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const cold = await visit(page, `${base}/dev/workspace?fixture=simple`);
    const first = await bytes();
    const firstVisitBytes = first.bytes;
    if (listFiles) {
      for (const [file, size] of [...first.files].sort((a, b) => b[1] - a[1]).slice(0, 25)) log(`    ${String(size).padStart(10)}  ${file}`);
    }
    await page.waitForTimeout(STAY_MS);
    await page.goto('about:blank');
    await bytes();
    const warm = await visit(page, `${base}/dev/workspace?fixture=simple`);
    const secondVisitBytes = (await bytes()).bytes;
    const [coldBootMs, warmBootMs] = [cold.ms, warm.ms];
    log(`  round ${n}: cold ${coldBootMs.toFixed(0)} ms (${(firstVisitBytes / 1e6).toFixed(1)} MB), warm ${warmBootMs.toFixed(0)} ms (${(secondVisitBytes / 1e3).toFixed(0)} kB)`);
    log(`    cold, in the lab: ${cold.steps}`);
    log(`    warm, in the lab: ${warm.steps}`);

    const simple: number[] = [];
    // The result table with its fifth row.
    for (let i = 0; i < RUNS; i++) simple.push(await timeRun(page, 'table tbody tr:nth-child(5)'));
    await visit(page, `${base}/dev/workspace?fixture=nplusone`);
    const nplusone: number[] = [];
    // The Queries tab counting 51.
    for (let i = 0; i < RUNS; i++) nplusone.push(await timeRun(page, '[role="tab"][aria-label^="Queries (51)"]'));
    const tabMemoryMb = rendererMemoryMb(profile);
    const nextLessonMs = await nextLesson(page, base);
    log(`  round ${n}: run ${median(simple).toFixed(0)} ms, N+1 run ${median(nplusone).toFixed(0)} ms, tab ${tabMemoryMb.toFixed(0)} MB, next lesson ${nextLessonMs.toFixed(0)} ms`);
    return { coldBootMs, warmBootMs, runSimpleMs: median(simple), runNPlusOneMs: median(nplusone), nextLessonMs, firstVisitBytes, secondVisitBytes, tabMemoryMb };
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const { base, server } = await startServer();
  try {
    log(`bench:browser against ${base}, ${ROUNDS} rounds`);
    // A server that has just started renders its first pages and opens its accounts database at
    // the first session lookup, seconds of CPU on these two cores that a running site has long
    // spent: ask once before the first round, so that round 1 measures the browser too.
    for (const warmUp of ['/dev/workspace?fixture=simple', '/api/auth/get-session', '/', '/progress', '/sign-in', '/sign-up', '/lab-frame', FIRST_LESSON]) {
      await fetch(`${base}${warmUp}`).then((r) => r.arrayBuffer(), () => undefined);
    }
    const rounds: Awaited<ReturnType<typeof round>>[] = [];
    for (let n = 1; n <= ROUNDS; n++) rounds.push(await round(base, n));
    const pick = (key: keyof (typeof rounds)[number]) => Math.round(median(rounds.map((r) => r[key])));
    const figures = {
      coldBootMs: pick('coldBootMs'),
      warmBootMs: pick('warmBootMs'),
      runSimpleMs: pick('runSimpleMs'),
      runNPlusOneMs: pick('runNPlusOneMs'),
      nextLessonMs: pick('nextLessonMs'),
      firstVisitBytes: pick('firstVisitBytes'),
      secondVisitBytes: pick('secondVisitBytes'),
      tabMemoryMb: pick('tabMemoryMb'),
    };
    if (json) {
      console.log(JSON.stringify(figures));
    } else {
      const targets: Record<string, string> = { coldBootMs: '≤ 4000', warmBootMs: '≤ 2000', runSimpleMs: '≤ 150', firstVisitBytes: '≤ 15 MB', secondVisitBytes: '≤ 200 kB' };
      for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(18)} ${String(value).padStart(12)}   ${targets[key] ?? ''}`);
    }
  } finally {
    server?.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
