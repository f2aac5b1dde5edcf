// Builds the lab runtime into public/runtime/<hash>/ (gitignored), and public/runtime/manifest.json
// naming the current build. Run by `npm install` (postinstall), `npm run dev` and `npm run build`;
// it does nothing when its inputs have not changed.
// Every file worth compressing gets a brotli copy beside it (`file.br`, see compress-runtime.ts),
// listed in <hash>/files.json: the page's runtime relay downloads that copy (lib/lab-frame/
// asset-relay.ts), Node reads the plain file.
//
//   python.zip            Django + sqlparse + asgiref (sources, obtained by python-sources.mjs)
//                         and our python/ packages (psycopg2 driver, ormlab), without the
//                         translation catalogs and admin assets the lab never reads
//   python-full.zip       the same with everything (`lab python`: Django's own test suite)
//   zoneinfo.zip          the IANA time-zone database (Pyodide has none)
//   pyodide/, pglite/     the browser copies of the npm packages' runtime files (pglite.data
//                         without what only initdb reads: lean-pglite-bundle.ts)
//   worker.js             the browser's lab worker, lib/runtime/worker.ts bundled by esbuild
//   datasets/<name>/      for each content/datasets/<name>/: pgdata.tar, the PGlite data
//                         directory after migrate + seed; app.zip, the app and its migrations;
//                         python.snap, Python's heap with Django set up for it; python.zip and
//                         python_stdlib.zip, the archives a lab restored from it reads
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { datasetArchive, LabEngine, SNAPSHOT_ARCHIVES } from '../../lib/runtime/engine';
import { encodeHeapDelta, wasmStaticData } from '../../lib/runtime/heap-delta';
import { nodeAssets } from '../../lib/runtime/node-assets';
import { blankZipEntries } from './blank-zip-entries';
import { bundleWorker } from './bundle-worker';
import { compressRuntime } from './compress-runtime';
import { leanPgliteBundle } from './lean-pglite-bundle';
// @ts-expect-error: plain ESM helper without types
import { obtainPythonSources } from './python-sources.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT_ROOT = path.join(ROOT, 'public/runtime');
const DATASETS = path.join(ROOT, 'content/datasets');
const log = (msg: string) => console.log(`[runtime] ${msg}`);

const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const PGLITE_FILES = ['pglite.wasm', 'pglite.data', 'pg_trgm.tar.gz'];

function hashInputs(sourcesStamp: string): string {
  const h = crypto.createHash('sha256');
  const addTree = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === '__pycache__' || entry.name.endsWith('.pyc')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) addTree(full);
      else h.update(path.relative(ROOT, full)).update(fs.readFileSync(full));
    }
  };
  addTree(path.join(ROOT, 'python'));
  addTree(DATASETS);
  addTree(path.join(ROOT, 'lib/runtime'));
  addTree(import.meta.dirname);
  h.update(sourcesStamp);
  for (const pkg of ['pyodide', '@electric-sql/pglite']) {
    h.update(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json')));
  }
  return h.digest('hex').slice(0, 16);
}

function zip(out: string, specs: Record<string, string>, { lean = false, stored = false } = {}) {
  execFileSync('python3', [path.join(import.meta.dirname, 'zip-folder.py'), ...(lean ? ['--lean'] : []), ...(stored ? ['--stored'] : []), out,
    ...Object.entries(specs).map(([prefix, dir]) => `${prefix}=${dir}`)], { stdio: 'inherit' });
}

/** An archive rewritten with its entries uncompressed (zip-folder.py says why). */
function repackStored(source: string, out: string) {
  execFileSync('python3', [path.join(import.meta.dirname, 'zip-folder.py'), '--repack', source, out], { stdio: 'inherit' });
}

/** pglite.data without the files a lab's PostgreSQL never reads (lean-pglite-bundle.ts). */
function writeLeanPgliteBundle(from: string, out: string) {
  const js = fs.readFileSync(path.join(path.dirname(from), 'pglite.js'), 'utf8');
  const { bytes, blanked } = leanPgliteBundle(fs.readFileSync(from), js);
  fs.writeFileSync(out, bytes);
  log(`pglite.data without ${blanked.length} files PostgreSQL never reads in a lab`);
}

function datasetNames(): string[] {
  if (!fs.existsSync(DATASETS)) return [];
  return fs.readdirSync(DATASETS).filter((d) => fs.existsSync(path.join(DATASETS, d, 'models.py'))).sort();
}

async function buildDataset(stage: string, name: string) {
  const started = performance.now();
  const engine = await LabEngine.create({ assets: nodeAssets(stage), appDirs: [path.join(DATASETS, name)] });
  const dump = await engine.dumpDataDir();
  const out = path.join(stage, 'datasets', name);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'pgdata.tar'), Buffer.from(await dump.arrayBuffer()));
  // The app as learners get it (its seed stays for reference), plus the migrations just made,
  // so that makemigrations after an edit to models.py diffs against the real history.
  const tmp = fs.mkdtempSync(path.join(stage, '.mig-'));
  const migDir = `/lab/migrations/ormlab_migrations/${name}`;
  for (const file of engine.pyodide.FS.readdir(migDir) as string[]) {
    if (file.endsWith('.py')) fs.writeFileSync(path.join(tmp, file), engine.pyodide.FS.readFile(`${migDir}/${file}`));
  }
  zip(path.join(out, 'app.zip'), {
    [`apps/${name}`]: path.join(DATASETS, name),
    [`migrations/ormlab_migrations/${name}`]: tmp,
  });
  await engine.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  const size = fs.statSync(path.join(out, 'pgdata.tar')).size;
  log(`dataset ${name}: snapshot ${(size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await buildPythonSnapshot(stage, name);
}

/**
 * python.snap: Python's heap after Django was set up for the dataset (python-snapshot.ts), stored
 * as a difference from the Pyodide module's static data (heap-delta.ts); and the dataset's copies of the
 * archives Python imports from, without the sources the heap holds compiled (blank-zip-entries.ts).
 */
async function buildPythonSnapshot(stage: string, name: string) {
  const started = performance.now();
  const engine = await LabEngine.create({ assets: nodeAssets(stage), dataset: name, makeSnapshot: true });
  const { heap, imported } = await engine.makePythonSnapshot();
  await engine.close();
  const snapshot = encodeHeapDelta(heap, wasmStaticData(fs.readFileSync(path.join(stage, 'pyodide/pyodide.asm.wasm'))));
  fs.writeFileSync(path.join(stage, 'datasets', name, 'python.snap'), snapshot);
  log(`dataset ${name}: Python snapshot ${(snapshot.byteLength / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const archive of SNAPSHOT_ARCHIVES) {
    const { bytes, blanked } = blankZipEntries(fs.readFileSync(path.join(stage, archive)), new Set(imported[archive]));
    fs.writeFileSync(path.join(stage, datasetArchive(name, archive)), bytes);
    log(`dataset ${name}: ${archive} without the ${blanked.length} modules the snapshot holds`);
  }
}

async function main() {
  const sources = obtainPythonSources({ cacheDir: path.join(ROOT, '.cache'), log });
  log(`python sources: ${sources.origin}${sources.cached ? ' (cached)' : ''}: Django ${sources.versions.django}, sqlparse ${sources.versions.sqlparse}, asgiref ${sources.versions.asgiref}`);
  const inputHash = hashInputs(JSON.stringify(sources.versions));
  const manifestPath = path.join(OUT_ROOT, 'manifest.json');
  if (fs.existsSync(manifestPath) && !process.env.ORMLAB_REBUILD_RUNTIME) {
    const current = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    if (current.inputHash === inputHash && fs.existsSync(path.join(OUT_ROOT, current.dir))) {
      log(`up to date (${current.dir})`);
      return;
    }
  }
  const started = performance.now();
  const stage = path.join(OUT_ROOT, `.staging-${process.pid}`);
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  try {
    const pythonTrees = {
      django: path.join(sources.dir, 'django'),
      sqlparse: path.join(sources.dir, 'sqlparse'),
      asgiref: path.join(sources.dir, 'asgiref'),
      psycopg2: path.join(ROOT, 'python/psycopg2'),
      ormlab: path.join(ROOT, 'python/ormlab'),
    };
    // The archives the lab reads at boot are stored uncompressed: the site sends them brotli'd.
    // python-full.zip is only for `lab python` in Node and stays deflated.
    zip(path.join(stage, 'python.zip'), pythonTrees, { lean: true, stored: true });
    zip(path.join(stage, 'python-full.zip'), pythonTrees);
    zip(path.join(stage, 'zoneinfo.zip'), { '': path.join(sources.dir, 'zoneinfo') }, { stored: true });
    for (const [dir, pkg, files] of [['pyodide', 'pyodide', PYODIDE_FILES], ['pglite', '@electric-sql/pglite/dist', PGLITE_FILES]] as const) {
      fs.mkdirSync(path.join(stage, dir), { recursive: true });
      for (const f of files) {
        const from = path.join(ROOT, 'node_modules', pkg, f);
        // Node boots from this copy too (node-assets.ts): the Python snapshot remembers where
        // each module sits in the archive, so browser and Node must read the same bytes.
        if (f === 'python_stdlib.zip') repackStored(from, path.join(stage, dir, f));
        else if (f === 'pglite.data') writeLeanPgliteBundle(from, path.join(stage, dir, f));
        else fs.copyFileSync(from, path.join(stage, dir, f));
      }
    }
    await bundleWorker(stage); // worker.js, the browser's lab worker (bundle-worker.ts)
    for (const name of datasetNames()) await buildDataset(stage, name);
    await compressRuntime(stage, { cacheDir: path.join(ROOT, '.cache/brotli'), log });

    const dir = inputHash;
    fs.rmSync(path.join(OUT_ROOT, dir), { recursive: true, force: true });
    fs.renameSync(stage, path.join(OUT_ROOT, dir));
    const files: Record<string, number> = {};
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const full = path.join(d, e.name);
        if (e.isDirectory()) walk(full);
        else files[path.relative(path.join(OUT_ROOT, dir), full)] = fs.statSync(full).size;
      }
    };
    walk(path.join(OUT_ROOT, dir));
    // The build's own file list, immutable like the rest of the folder: the page's relay reads it
    // to know which files have a brotli copy (`file.br` listed) and how big they are decoded.
    fs.writeFileSync(path.join(OUT_ROOT, dir, 'files.json'), JSON.stringify({ files }));
    fs.writeFileSync(manifestPath, JSON.stringify({ dir, inputHash, django: sources.versions.django, datasets: datasetNames(), files }, null, 2));
    for (const old of fs.readdirSync(OUT_ROOT)) {
      if (old !== dir && old !== 'manifest.json') fs.rmSync(path.join(OUT_ROOT, old), { recursive: true, force: true });
    }
    log(`built ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    fs.rmSync(stage, { recursive: true, force: true });
    throw err;
  }
}

main().catch((err) => {
  console.error(`[runtime] build failed:\n${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
