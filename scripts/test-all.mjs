// `npm test`: the whole suite, in the order that fails fastest. CI (.ci/run) calls exactly this.
//   lint -> typecheck -> lessons:check (every lesson valid) -> unit + engine + parity (Vitest)
//   -> lessons:verify (every lesson run in the Node lab) -> server (embedded + two instances on
//   PostgreSQL) -> browser end-to-end (Playwright, Debian Chromium, production build)
// Set ORMLAB_TEST_ONLY=unit,server (comma list of step names) to run a subset.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lessons', 'npm', ['run', '-s', 'lessons:check']],
  ['unit', 'npm', ['run', '-s', 'test:unit']],
  ['verify', 'npm', ['run', '-s', 'lessons:verify']],
  ['server', 'npm', ['run', '-s', 'test:server']],
  ['e2e', 'npm', ['run', '-s', 'test:e2e']],
];
const only = process.env.ORMLAB_TEST_ONLY?.split(',').map((s) => s.trim());
const summary = [];
for (const [name, cmd, args] of steps) {
  if (only && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  summary.push(`${status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (status !== 0) {
    console.error(`\n${summary.join('\n')}\n\nnpm test: step "${name}" failed.`);
    process.exit(status ?? 1);
  }
}
console.log(`\n${summary.join('\n')}\n\nnpm test: all steps passed.`);
