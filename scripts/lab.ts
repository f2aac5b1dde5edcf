// The lab from the command line: the same engine learners get, in Node.
//
//   npm run lab -- run FILE.py [--dataset NAME | --app DIR] [--models FILE [--label L] [--migrate]] [--json]
//   npm run lab -- python SCRIPT.py [ARGS...]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatRun } from '../lib/cli/format-run';
import { LabEngine } from '../lib/runtime/engine';
import { currentRuntimeDir, nodeAssets } from '../lib/runtime/node-assets';

const USAGE = `usage:
  npm run lab -- run FILE.py [--dataset NAME | --app DIR] [--json]
      Run a snippet against a dataset (default: bookstore) or a Django app folder
      (models.py, optional seed.py; app label = folder name) and print its queries and result.
  npm run lab -- run FILE.py --models MODELS.py [--label LABEL] [--migrate]
      With a schema lesson's work app beside the dataset: MODELS.py as app LABEL (default lab;
      the dataset's own label edits the dataset's models), migrated at boot with --migrate.
  npm run lab -- python SCRIPT.py [ARGS...]
      Run a Python script in the engine as \`python\` would, with Django importable and
      django.db.backends.postgresql reaching the engine's PostgreSQL.`;

function fail(message: string): never {
  console.error(`lab: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function runCommand(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dataset: { type: 'string' },
      app: { type: 'string' },
      models: { type: 'string' },
      label: { type: 'string' },
      migrate: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file) fail('run needs a FILE.py');
  if (!fs.existsSync(file)) fail(`no such file: ${file}`);
  if (values.dataset && values.app) fail('give --dataset or --app, not both');
  if (values.app && !fs.existsSync(path.join(values.app, 'models.py'))) fail(`${values.app} has no models.py`);
  if (values.models && values.app) fail('--models adds an app beside a dataset: not with --app');
  if (values.models && !fs.existsSync(values.models)) fail(`no such file: ${values.models}`);
  if ((values.label || values.migrate) && !values.models) fail('--label and --migrate go with --models');
  const assets = nodeAssets(currentRuntimeDir());
  const workApp = values.models
    ? { label: values.label ?? 'lab', models: fs.readFileSync(values.models, 'utf8'), migrate: values.migrate }
    : undefined;
  const engine = values.app
    ? await LabEngine.create({ assets, appDirs: [path.resolve(values.app)] })
    : await LabEngine.create({ assets, dataset: values.dataset ?? 'bookstore', workApp });
  try {
    const result = await engine.run(fs.readFileSync(file, 'utf8'), { reset: false });
    const { ok, result: value, stdout, queries, queryCount, error } = result;
    const out = values.json
      ? JSON.stringify({ ok, result: value, stdout, queries, queryCount, error })
      : formatRun(result);
    process.stdout.write(`${out}\n`);
    return ok ? 0 : 1;
  } finally {
    await engine.close();
  }
}

async function pythonCommand(argv: string[]) {
  const [script, ...args] = argv;
  if (!script) fail('python needs a SCRIPT.py');
  const abs = path.resolve(script);
  if (!fs.existsSync(abs)) fail(`no such file: ${script}`);
  const assets = nodeAssets(currentRuntimeDir());
  const engine = await LabEngine.create({ assets, bare: true });
  engine.onOutput((line, stream) => (stream === 'stdout' ? process.stdout : process.stderr).write(`${line}\n`));
  try {
    for (const dir of new Set([process.cwd(), path.dirname(abs)])) assets.mountHostDir!(engine.pyodide, dir);
    return await engine.runScript(abs, args, process.cwd());
  } finally {
    await engine.close();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'run') return runCommand(rest);
  if (command === 'python') return pythonCommand(rest);
  if (!command || command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  return fail(`unknown command: ${command}`);
}

/** Exit once everything written has reached the pipe: process.exit() would drop what a pipe
 *  has not taken yet (`--json` output past 64 KB arrived cut). */
function exitAfterFlush(code: number) {
  let pending = 2;
  const done = () => { if (--pending === 0) process.exit(code); };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

main().then(
  (code) => exitAfterFlush(code),
  (err) => {
    console.error(`lab: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
