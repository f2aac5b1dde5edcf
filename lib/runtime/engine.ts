// The lab engine: real Django (Pyodide) over real PostgreSQL (PGlite), in one thread.
//
// It knows nothing about React or workers: the browser worker (worker.ts), the Node worker
// (node-worker.ts), the CLI, the tests and the benchmarks all drive this class. Two ways to start:
//   - from a dataset snapshot (what learners get): the PGlite data directory dumped at build
//     time is loaded, Django is configured with the dataset's app and its prebuilt migrations;
//     nothing runs initdb or migrate.
//   - fresh, from app folders (`--app`, and the build step that makes the snapshots): initdb,
//     makemigrations + migrate, then each app's seed.py.
import type { PyodideAPI } from 'pyodide';
import type { RuntimeAssets } from './assets';
import { stepClock, type BootSteps } from './boot-steps';
import { DatabaseSet, MAIN_DATABASE } from './databases';
import { writeFileViews } from './file-views';
import { queryMessage, readReply } from './pg-wire';
import { bridgeDeserializer, makeSnapshot, SnapshotBridge } from './python-snapshot';
import { storedFiles } from './stored-zip';
import type { ExplainOptions, ExplainPlan, ModelInfo, RunOptions, RunResult, SqlResult, WorkApp } from './protocol';

const SITE_DIR = '/lab/site';
const PYTHON_ZIP = '/lab/python.zip';
const APPS_DIR = '/lab/apps';
const MIGRATIONS_ROOT = '/lab/migrations';
const ZONEINFO_DIR = '/usr/share/zoneinfo';
/** Where Pyodide puts its standard library archive (`/lib/python314.zip`). */
const STDLIB_ZIP = /^\/lib\/python\d+\.zip$/;

/**
 * The archives Python imports from. Each dataset ships its own copy of both beside its Python
 * snapshot, with the sources of the modules that snapshot holds blanked (the runtime build,
 * scripts/runtime/blank-zip-entries.ts); a lab restored from the snapshot reads those copies.
 */
export const SNAPSHOT_ARCHIVES = ['python.zip', 'pyodide/python_stdlib.zip'] as const;
export type SnapshotArchive = (typeof SNAPSHOT_ARCHIVES)[number];
/** A dataset's copy of one of SNAPSHOT_ARCHIVES. */
export const datasetArchive = (dataset: string, archive: SnapshotArchive) => `datasets/${dataset}/${archive.split('/').pop()}`;

export interface EngineFromDataset {
  assets: RuntimeAssets;
  dataset: string;
  /** Extra database aliases (multi-database lessons); each becomes its own instance. */
  databases?: string[];
  /** Boot Python from scratch, ready for `makePythonSnapshot` (the runtime build). */
  makeSnapshot?: boolean;
  /** The learner's own app beside the dataset's (schema lessons). */
  workApp?: WorkApp;
}

export interface EngineFromApps {
  assets: RuntimeAssets;
  /** Host folders holding Django apps (Node): label = folder name. */
  appDirs: string[];
  databases?: string[];
  /** Run each app's seed.py after migrating (default true). */
  seed?: boolean;
}

/** Python + PostgreSQL with no app configured: `lab python SCRIPT` runs any script (Django's own
 *  test suite included) against a fresh server; `spares` blank instances back CREATE DATABASE. */
export interface EngineBare {
  assets: RuntimeAssets;
  bare: true;
  spares?: number;
}

export type EngineOptions = EngineFromDataset | EngineFromApps | EngineBare;

export interface EngineInfo {
  labels: string[];
  models: string[];
  bootMs: number;
  /** Where bootMs went (boot-steps.ts). */
  bootSteps: BootSteps;
}

export class LabEngine {
  #py: PyodideAPI;
  #db: DatabaseSet;
  #session: SessionProxy | null;
  #output: OutputSink;
  #bridge: SnapshotBridge;
  readonly info: EngineInfo;

  private constructor(py: PyodideAPI, db: DatabaseSet, session: SessionProxy | null, output: OutputSink, bridge: SnapshotBridge, info: EngineInfo) {
    this.#py = py;
    this.#bridge = bridge;
    this.#output = output;
    this.#db = db;
    this.#session = session;
    this.info = info;
  }

  static async create(options: EngineOptions): Promise<LabEngine> {
    const started = performance.now();
    const { assets } = options;
    // Output Python writes outside a learner run (where the runner captures it): warnings at
    // boot, or everything a script prints in `lab python`. Dropped unless someone listens.
    const output: OutputSink = { write: () => undefined };
    const io = { stdout: (s: string) => output.write(s, 'stdout'), stderr: (s: string) => output.write(s, 'stderr') };
    const progress = assets.onProgress ?? (() => undefined);
    const bridge = new SnapshotBridge();
    const clock = stepClock();
    const finish = (py: PyodideAPI, db: DatabaseSet, session: SessionProxy | null, labels: string[], models: string[]) => {
      progress({ phase: 'ready' });
      return new LabEngine(py, db, session, output, bridge, { labels, models, bootMs: performance.now() - started, bootSteps: clock.steps });
    };

    if ('bare' in options) {
      progress({ phase: 'python' });
      const py = await assets.loadPyodide(io);
      // Unpacked, not imported from the zip: scripts (Django's own test suite) read package
      // data files such as translation catalogs by path.
      py.unpackArchive(await assets.bytes('python-full.zip'), 'zip', { extractDir: SITE_DIR });
      py.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(SITE_DIR)})`);
      writeZoneinfo(py, await assets.bytes('zoneinfo.zip'));
      progress({ phase: 'postgres' });
      const db = new DatabaseSet((dir) => assets.createPglite(dir), null);
      await db.start();
      await db.prepareSpares(options.spares ?? 3);
      bridge.target = db.bridge;
      py.registerJsModule('_ormlab_bridge', bridge);
      return finish(py, db, null, [], []);
    }

    const aliases = options.databases ?? ['default'];
    if ('dataset' in options) {
      const base = `datasets/${options.dataset}`;
      if (options.workApp) checkWorkApp(options.workApp);
      // The learner's path. Python is restored from the heap saved after Django was set up for
      // this dataset (see python-snapshot.ts); only with one database, as extra aliases change
      // the settings the snapshot was taken with.
      progress({ phase: 'python' });
      // Python's heap comes first: nothing can start before it arrives. PostgreSQL's wasm
      // (compiled by V8 on background threads), the files needed right after Python and the
      // data directory follow at once. (Asking for the data directory only once the heap was in
      // cost 0.4 s of waiting; since a warm visit reads decoded files from Cache Storage,
      // asking at once is the faster order cold and warm: 6.3 -> 5.0 s, 3.4 -> 2.8-3.3 s.)
      // A work app changes the settings the heap was saved with (INSTALLED_APPS).
      const useSnapshot = aliases.length === 1 && !options.makeSnapshot && !options.workApp;
      const snapshotBytes = useSnapshot ? assets.bytes(`${base}/python.snap`).catch(() => null) : Promise.resolve(null);
      const stdlib = datasetArchive(options.dataset, 'pyodide/python_stdlib.zip');
      if (useSnapshot) assets.preparePyodide?.(stdlib);
      assets.preparePglite?.();
      const pythonFiles = fetchPythonFiles(assets, useSnapshot ? options.dataset : null);
      const app = assets.bytes(`${base}/app.zip`);
      const dump = assets.blob(`${base}/pgdata.tar`);
      dump.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
      app.catch(() => undefined);
      const pythonSnapshot = await snapshotBytes;
      clock.lap('runtime files');
      const py = await assets.loadPyodide(io, pythonSnapshot
        ? { snapshot: pythonSnapshot, deserializer: bridgeDeserializer(bridge), lap: clock.lap, stdlib }
        : { makeSnapshot: options.makeSnapshot, lap: clock.lap });
      clock.lap('Python');
      // Without its snapshot, Python needs the archives with every source.
      await mountPython(py, pythonSnapshot || !useSnapshot ? pythonFiles : fetchPythonFiles(assets, null));
      clock.lap('Python files');
      progress({ phase: 'dataset' });
      py.unpackArchive(await app, 'zip', { extractDir: '/lab' });
      const snapshot = await dump;
      clock.lap('dataset files');
      progress({ phase: 'postgres' });
      const db = await startDatabases(assets, snapshot, aliases, bridge);
      clock.lap('PostgreSQL');
      progress({ phase: 'django' });
      if (!pythonSnapshot) py.registerJsModule('_ormlab_bridge', bridge);
      const session = py.pyimport('ormlab.session') as unknown as SessionProxy;
      const appDirs = [`${APPS_DIR}/${options.dataset}`];
      // A work app labelled like the dataset is the dataset's app with the learner's models.py:
      // makemigrations then diffs it against the dataset's shipped migrations.
      if (options.workApp?.label === options.dataset) py.FS.writeFile(`${appDirs[0]}/models.py`, options.workApp.models);
      else if (options.workApp) appDirs.push(writeWorkApp(py, options.workApp));
      // After a restore Django is already configured: start() only reports what it knows.
      const info = JSON.parse(pythonSnapshot ? session.info() : session.start(JSON.stringify({ appDirs, migrationsRoot: MIGRATIONS_ROOT, databases: aliases })));
      if (options.workApp?.migrate) {
        session.migrate_app(options.workApp.label);
        await db.rebase();
      }
      session.warm_up();
      clock.lap('Django');
      return finish(py, db, session, info.labels, info.models);
    }

    if (!assets.mountHostDir) throw new Error('app folders can only be used in Node');
    progress({ phase: 'python' });
    const py = await assets.loadPyodide(io);
    await mountPython(py, fetchPythonFiles(assets, null));
    const appDirs = options.appDirs.map((dir) => assets.mountHostDir!(py, dir));
    const seedFiles = options.seed === false ? [] : appDirs.map((dir) => `${dir}/seed.py`).filter((f) => py.FS.analyzePath(f).exists);
    progress({ phase: 'postgres' });
    const db = await startDatabases(assets, null, aliases, bridge);
    progress({ phase: 'django' });
    py.registerJsModule('_ormlab_bridge', bridge);
    const session = py.pyimport('ormlab.session') as unknown as SessionProxy;
    const info = JSON.parse(session.start(JSON.stringify({ appDirs, migrationsRoot: MIGRATIONS_ROOT, databases: aliases })));
    session.migrate_and_seed(JSON.stringify(seedFiles));
    session.warm_up();
    db.dirty = true; // a fresh database has no snapshot to return to
    return finish(py, db, session, info.labels, info.models);
  }

  /**
   * Save Python's heap (Django set up for this dataset, modules imported, connections closed) so
   * that later boots restore it instead of starting Python (the runtime build writes it as
   * `datasets/<name>/python.snap`). Only for an engine created with `makeSnapshot`. Also says,
   * per archive Python imports from, which entries the heap holds compiled.
   */
  async makePythonSnapshot(): Promise<{ heap: Uint8Array; imported: Record<SnapshotArchive, string[]> }> {
    const session = this.#requireSession();
    await session.prepare_snapshot();
    session.forget_connections();
    const byPath = JSON.parse(session.imported_files()) as Record<string, string[]>;
    const stdlib = Object.entries(byPath).find(([archive]) => STDLIB_ZIP.test(archive))?.[1] ?? [];
    const imported: Record<SnapshotArchive, string[]> = { 'python.zip': byPath[PYTHON_ZIP] ?? [], 'pyodide/python_stdlib.zip': stdlib };
    return { heap: makeSnapshot(this.#py, this.#bridge), imported };
  }

  /** Run learner code. By default starts from the pristine dataset. */
  async run(code: string, options: RunOptions = {}): Promise<RunResult> {
    if (options.reset ?? true) await this.reset();
    const json = await this.#requireSession().run(code, options.maxRows ?? 500, options.maxOutput ?? 100_000);
    return JSON.parse(json) as RunResult;
  }

  /** The app's models and fields (for completion and for naming relations in N+1 warnings). */
  describe(): ModelInfo[] {
    return JSON.parse(this.#requireSession().describe()) as ModelInfo[];
  }

  #requireSession(): SessionProxy {
    if (!this.#session) throw new Error('this engine was started bare: it has no Django app to run code against');
    return this.#session;
  }

  /**
   * Run a Python script as `python SCRIPT ARGS...` would: argv set, the script's folder first on
   * sys.path, the working directory kept. Returns the exit status (SystemExit honoured).
   */
  async runScript(scriptPath: string, args: string[], cwd: string): Promise<number> {
    const py = this.#py;
    py.globals.set('_ormlab_argv', py.toPy([scriptPath, ...args]));
    py.globals.set('_ormlab_cwd', cwd);
    const status = await py.runPythonAsync(`
import os, runpy, sys
sys.argv = list(_ormlab_argv)
sys.path.insert(0, os.path.dirname(os.path.abspath(sys.argv[0])))
os.chdir(_ormlab_cwd)
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
def _ormlab_main():
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")
    except SystemExit as e:
        code = e.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        print(code, file=sys.stderr)
        return 1
    return 0
_ormlab_main()
`);
    return Number(status);
  }

  /** Where Python's own stdout/stderr lines go (outside learner runs). */
  onOutput(write: OutputSink['write']): void {
    this.#output.write = write;
  }

  /** EXPLAIN (FORMAT JSON) of a statement, ANALYZE + BUFFERS by default; the statement runs
   *  inside a transaction that is rolled back, so EXPLAIN ANALYZE of a write changes nothing. */
  async explain(sql: string, options: ExplainOptions = {}): Promise<ExplainPlan[]> {
    const flags = ['FORMAT JSON'];
    if (options.analyze ?? true) flags.unshift('ANALYZE');
    if ((options.buffers ?? true) && (options.analyze ?? true)) flags.splice(1, 0, 'BUFFERS');
    const pg = this.#db.main;
    const exec = (s: string) => readReply(pg.execProtocolRawSync(queryMessage(s)));
    exec('BEGIN');
    try {
      const reply = exec(`EXPLAIN (${flags.join(', ')}) ${sql}`);
      if (reply.error) {
        const e = new Error(`${reply.error.message} (SQLSTATE ${reply.error.code})`);
        Object.assign(e, { sqlstate: reply.error.code });
        throw e;
      }
      return JSON.parse(reply.rows[0][0] ?? '[]') as ExplainPlan[];
    } finally {
      exec('ROLLBACK');
    }
  }

  /** Raw SQL straight to the main database (tools and benchmarks; no Django, no capture). */
  /**
   * Run SQL the learner typed, as-is, on the database the last run left (a write marks it dirty,
   * so the next run starts from pristine again). Errors are results, not exceptions.
   */
  sql(sql: string, maxRows = 500): SqlResult {
    const started = performance.now();
    this.#db.noteStatement(sql);
    const reply = readReply(this.#db.main.execProtocolRawSync(queryMessage(sql)));
    // A failed statement inside an explicit transaction leaves it aborted: end it, so the lab's
    // next query is not refused with "current transaction is aborted".
    if (reply.status !== 'I') this.#db.main.execProtocolRawSync(queryMessage('ROLLBACK'));
    const durationMs = Math.round((performance.now() - started) * 1000) / 1000;
    if (reply.error) {
      const { code, message, detail } = reply.error;
      return { ok: false, columns: [], rows: [], rowCount: 0, truncated: false, durationMs, error: { sqlstate: code, message, detail: detail ?? null } };
    }
    const rowCount = reply.rows.length;
    return { ok: true, columns: reply.columns, rows: reply.rows.slice(0, maxRows), rowCount, truncated: rowCount > maxRows, durationMs, error: null };
  }

  rawQuery(sql: string) {
    return readReply(this.#db.main.execProtocolRawSync(queryMessage(sql)));
  }

  /** Back to the pristine snapshot (cheap when nothing was written: see DatabaseSet.reset). */
  async reset(): Promise<void> {
    if (await this.#db.reset()) this.#session?.close_connections();
  }

  /** Prepare the next pristine database now (idle time), so the next reset is a swap. */
  prepareReset(): Promise<void> {
    return this.#db.dirty ? this.#db.preparePristine() : Promise.resolve();
  }

  get dirty(): boolean {
    return this.#db.dirty;
  }

  get pyodide(): PyodideAPI {
    return this.#py;
  }

  get databases(): DatabaseSet {
    return this.#db;
  }

  /** Dump the main database's data directory (the build step that makes snapshots). */
  async dumpDataDir(): Promise<Blob> {
    this.#session?.close_connections();
    return this.#db.dump();
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}

/** python.zip as one file on Python's path: zipimport reads modules straight from it, so there
 *  is nothing to unpack, and after a snapshot restore one write puts every module back. */
async function mountPython(py: PyodideAPI, files: PythonFiles): Promise<void> {
  py.FS.mkdirTree('/lab');
  py.FS.writeFile(PYTHON_ZIP, await files.pythonZip);
  writeZoneinfo(py, await files.zoneinfo);
  py.runPython(`import sys\nif ${JSON.stringify(PYTHON_ZIP)} not in sys.path: sys.path.insert(0, ${JSON.stringify(PYTHON_ZIP)})\nsys.dont_write_bytecode = True`);
}

/**
 * The time-zone database, as files where Python's zoneinfo looks. Written from JavaScript, each
 * file a view into the archive: Pyodide's unpackArchive (Python's zipfile and shutil) took
 * 150-230 ms for its 625 files at every boot.
 */
function writeZoneinfo(py: PyodideAPI, zip: Uint8Array): void {
  writeFileViews(py.FS, ZONEINFO_DIR, storedFiles(zip).map(({ name, bytes }) => ({ path: name, bytes })));
}

/** Refused before anything boots: a label Django cannot import, or one of Django's apps. */
function checkWorkApp(app: WorkApp): void {
  if (!/^[a-z][a-z0-9_]*$/.test(app.label)) throw new Error(`a work app label is a lowercase Python identifier, not "${app.label}"`);
  if (['contenttypes', 'postgres'].includes(app.label)) throw new Error(`the work app "${app.label}" would replace one of Django's apps`);
}

/** The learner's app as a folder beside the dataset's; returns the folder. */
function writeWorkApp(py: PyodideAPI, app: WorkApp): string {
  const dir = `${APPS_DIR}/${app.label}`;
  py.FS.mkdirTree(dir);
  py.FS.writeFile(`${dir}/__init__.py`, '');
  py.FS.writeFile(`${dir}/models.py`, app.models);
  return dir;
}

interface PythonFiles {
  pythonZip: Promise<Uint8Array>;
  zoneinfo: Promise<Uint8Array>;
}

/** Start downloading the files Python reads after it boots (awaited in mountPython): for a lab
 *  restored from `dataset`'s snapshot, that dataset's copy of python.zip. */
function fetchPythonFiles(assets: RuntimeAssets, dataset: string | null): PythonFiles {
  const pythonZip = dataset ? datasetArchive(dataset, 'python.zip') : 'python.zip';
  const files = { pythonZip: assets.bytes(pythonZip), zoneinfo: assets.bytes('zoneinfo.zip') };
  for (const p of Object.values(files)) p.catch(() => undefined); // awaited later
  return files;
}

/** The main database (from the dataset's dump, or blank), with blank instances ready for the
 *  other aliases, behind the bridge Python talks to. */
async function startDatabases(assets: RuntimeAssets, snapshot: Blob | null, aliases: string[], bridge: SnapshotBridge): Promise<DatabaseSet> {
  const db = new DatabaseSet((dir) => assets.createPglite(dir), snapshot);
  await db.start();
  await db.prepareSpares(aliases.length - 1);
  for (const alias of aliases.filter((a) => a !== 'default')) {
    // A dataset snapshot holds one database and no templates (DatabaseSet.dump); a blank server
    // creates the name as Django's settings would find it on a real one.
    if (snapshot) db.declare(alias);
    else db.main.execProtocolRawSync(queryMessage(`CREATE DATABASE "${alias}"`));
  }
  bridge.target = db.bridge;
  return db;
}

interface OutputSink {
  write: (line: string, stream: 'stdout' | 'stderr') => void;
}

/** The functions of python/ormlab/session.py, as Pyodide exposes them. */
interface SessionProxy {
  start(configJson: string): string;
  migrate_and_seed(seedFilesJson: string): void;
  warm_up(): void;
  run(code: string, maxRows: number, maxOutput: number): Promise<string>;
  close_connections(): void;
  describe(): string;
  info(): string;
  prepare_snapshot(): Promise<void>;
  forget_connections(): void;
  imported_files(): string;
  migrate_app(label: string): void;
}

export { MAIN_DATABASE };
