// `npm start`: serve the app on its embedded defaults. Builds first when there is no production
// build yet (or ORMLAB_REBUILD=1), so a fresh clone needs only `npm install && npm start`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

if (!fs.existsSync('.next/BUILD_ID') || process.env.ORMLAB_REBUILD === '1') run('npm', ['run', '-s', 'build']);
run('npx', ['next', 'start', '-p', process.env.PORT ?? '3000']);
