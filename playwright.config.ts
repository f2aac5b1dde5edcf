// Playwright against a production build (`next build && next start`) in Debian's Chromium:
// `npx playwright install` cannot download browsers here, so e2e/global-setup.ts installs the
// `chromium` package when /usr/bin/chromium is missing.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const COURSE_PORT = PORT + 1;
// The two builds share generated inputs (the MDX index in .cache/mdx, the runtime): one at a time.
const ONE_BUILD_AT_A_TIME = 'flock .cache/e2e-build.lock';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  // Booting Pyodide + Django + PGlite takes seconds (10-20 s on a loaded 2-core machine).
  timeout: 180_000,
  expect: { timeout: 60_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    // The workspace, the engine and lesson pages on the fixture lessons (e2e/fixtures/lessons).
    { name: 'fixtures', testIgnore: /course\.spec\.ts/ },
    // Every lesson of the real course (lessons/), solved once, on a build of its own.
    { name: 'course', testMatch: /course\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${COURSE_PORT}` } },
  ],
  webServer: [
    {
      // build:runtime is a no-op when the runtime (worker.js included) is up to date, and one at
      // a time (a lock): the second server waits for the first build instead of repeating it.
      command: `npm run build:runtime && ${ONE_BUILD_AT_A_TIME} npx next build && npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: true,
      timeout: 900_000,
      stdout: 'pipe',
      // The fixture lessons (e2e/fixtures/lessons), not the course, in a build folder of its own.
      env: { ORMLAB_LESSONS_DIR: 'e2e/fixtures/lessons', ORMLAB_DIST_DIR: '.next-e2e', ORMLAB_DATA_DIR: '.data-e2e' },
    },
    {
      command: `npm run build:runtime && ${ONE_BUILD_AT_A_TIME} npx next build && npx next start -p ${COURSE_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${COURSE_PORT}/`,
      reuseExistingServer: true,
      timeout: 900_000,
      stdout: 'pipe',
      // Each server its own embedded database: one process per data folder (docs/server.md).
      env: { ORMLAB_DIST_DIR: '.next-course', ORMLAB_DATA_DIR: '.data-course' },
    },
  ],
});
