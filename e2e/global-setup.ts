// Debian's Chromium is the browser (Playwright cannot download its own here): install it when
// it is missing, as CI on a fresh Debian machine needs.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM } from '../playwright.config';

export default function globalSetup(): void {
  if (fs.existsSync(CHROMIUM)) return;
  console.log(`[e2e] ${CHROMIUM} is missing: installing Debian's chromium package`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execSync(`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`, { stdio: 'inherit' });
}
