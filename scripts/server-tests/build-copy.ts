// Builds a private copy of the app for the server tests and the benchmark.
//
// Why a copy: another `next build`/`next dev` may be running in the working tree, and two
// builds in one .next directory break each other. The copy lives under .cache/ (gitignored)
// with no lockfile of its own, so Next resolves node_modules and the workspace root from the
// real project above it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const appCopy = path.join(root, '.cache/server-test/app');

// public/runtime (the lab's WASM and snapshots, hundreds of MB) is not needed to test the server.
const EXCLUDE = ['./node_modules', './.next', './.data', './.git', './.cache', './package-lock.json', './test-results', './public/runtime'];

export function buildAppCopy({ log = console.log }: { log?: (...args: unknown[]) => void } = {}): string {
  fs.rmSync(appCopy, { recursive: true, force: true });
  fs.mkdirSync(appCopy, { recursive: true });
  const tar = execFileSync('tar', ['-C', root, ...EXCLUDE.map((e) => `--exclude=${e}`), '-cf', '-', '.'], {
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-C', appCopy, '-xf', '-'], { input: tar });
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const steps: Array<[string, string[]]> = [
    ['prisma generate', [path.join(root, 'scripts/db/generate.mjs')]],
    ['next build', [path.join(root, 'node_modules/next/dist/bin/next'), 'build']],
  ];
  for (const [label, args] of steps) {
    log(`[build] ${label}`);
    const r = spawnSync(process.execPath, args, { cwd: appCopy, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${label} failed:\n${r.stdout}\n${r.stderr}`);
  }
  return appCopy;
}

