// Screenshots of the inspector developer page (app/dev/inspector) in Debian's Chromium, light and
// dark, for a look at what the components render. Needs a running server:
//   node --import tsx scripts/inspector/screenshots.ts http://127.0.0.1:PORT OUT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const SHOTS: { name: string; query: string; act?: 'expand-first-warning' | 'grouped' }[] = [
  { name: 'n-plus-one-light', query: 'run=forward-fk-loop&plan=hash-join', act: 'expand-first-warning' },
  { name: 'grouped-dark', query: 'run=nested-fk-loop&plan=cte&theme=dark', act: 'grouped' },
  { name: 'table-light', query: 'run=table-result&plan=subplan-correlated' },
  { name: 'error-dark', query: 'run=integrity-error&plan=estimates-only&theme=dark' },
];

async function main() {
  const [base, out] = process.argv.slice(2);
  if (!base || !out) throw new Error('usage: screenshots.ts BASE_URL OUT_DIR');
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    for (const shot of SHOTS) {
      await page.goto(`${base}/dev/inspector?${shot.query}`);
      // Hydrated: the page has read its URL parameters and its buttons respond.
      await page.locator('main[data-ready="true"]').waitFor();
      if (shot.act === 'expand-first-warning') await page.getByRole('button', { name: /^Show the \d+ queries$/ }).first().click();
      if (shot.act === 'grouped') await page.getByRole('button', { name: 'Grouped by shape' }).click();
      await page.waitForTimeout(300);
      const file = path.join(out, `${shot.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${file}`);
      // Close-ups at full resolution: the query list and the plan tree.
      await page.getByRole('region', { name: 'Queries', exact: true }).screenshot({ path: path.join(out, `${shot.name}-queries.png`) });
      await page.getByRole('tree', { name: 'Query plan' }).screenshot({ path: path.join(out, `${shot.name}-plan.png`) });
    }
    if (errors.length) console.log(`browser errors:\n${errors.join('\n')}`);
  } finally {
    await browser.close();
  }
}

await main();
