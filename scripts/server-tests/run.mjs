// npm run test:server: builds a private copy of the app, then runs the server suites against
// real `next start` processes: the embedded database, and two instances on one PostgreSQL
// (Debian's package, installed if missing, in a throwaway cluster on a loopback port).
//   npm run test:server                  both suites
//   npm run test:server -- postgres      one suite;  SKIP_BUILD=1 reuses the last build
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const suites = process.argv.slice(2).length ? process.argv.slice(2) : ['embedded', 'postgres'];
const node = (args) => spawnSync(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit' }).status ?? 1;

if (!process.env.SKIP_BUILD) {
  const built = node(['-e', `import('${path.join(here, 'build-copy.ts')}').then((m) => m.buildAppCopy())`]);
  if (built !== 0) process.exit(built);
}
process.exit(node(['--test', '--test-concurrency=1', ...suites.map((s) => path.join(here, `${s}.suite.ts`))]));
