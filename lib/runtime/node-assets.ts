// RuntimeAssets for Node: the built runtime folder on disk, Pyodide and PGlite from node_modules.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { loadPyodide } from 'pyodide';
import type { RuntimeAssets } from './assets';
import { DataDirMemoryFS } from './data-dir-fs';
import { dataDirCopy, releaseDataDir } from './node-data-dirs';
import { snapshotLoadOptions, type PyodideModuleFactory } from './python-snapshot';

export const DEFAULT_RUNTIME_ROOT = path.resolve(import.meta.dirname, '../../public/runtime');

/** The folder of the current runtime build (public/runtime/manifest.json names it). */
export function currentRuntimeDir(root = DEFAULT_RUNTIME_ROOT): string {
  const manifestPath = path.join(root, 'manifest.json');
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`No lab runtime at ${root}: run \`npm run build:runtime\` (npm install does it too).`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { dir: string };
  return path.join(root, manifest.dir);
}

export function nodeAssets(runtimeDir: string): RuntimeAssets {
  // PostgreSQL's wasm compiled once (in the background, from preparePglite) and shared by every
  // instance the engine starts: main, the pristine copy for resets, spares.
  let pgliteModule: Promise<WebAssembly.Module> | null = null;
  const pgliteDist = path.dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')));
  const preparePglite = () => (pgliteModule ??= WebAssembly.compile(fs.readFileSync(path.join(pgliteDist, 'pglite.wasm'))));
  // An instance started from a data directory gets the bundle browsers get (the runtime folder's
  // lean copy), so tests and lesson verification run what learners run; one that runs initdb
  // (building a dataset, a bare lab) needs the files only initdb reads, in PGlite's own copy.
  const bundles = new Map<string, Blob>(); // by file: each read once
  const fsBundle = (dataDir: Blob | null) => {
    const file = dataDir ? path.join(runtimeDir, 'pglite/pglite.data') : path.join(pgliteDist, 'pglite.data');
    if (!bundles.has(file)) bundles.set(file, new Blob([fs.readFileSync(file)]));
    return bundles.get(file)!;
  };
  // Blobs of runtime files, by the file they read: a dataset's dumped data directory starts
  // from disk (node-data-dirs.ts) instead of being untarred into memory.
  const blobFiles = new WeakMap<Blob, string>();
  const createPglite = async (dataDir: Blob | null): Promise<PGlite> => {
    const options = { pgliteWasmModule: await preparePglite(), fsBundle: fsBundle(dataDir), extensions: { pg_trgm } };
    const tarPath = dataDir && blobFiles.get(dataDir);
    if (!tarPath) return PGlite.create({ ...options, ...(dataDir ? { fs: new DataDirMemoryFS(new Uint8Array(await dataDir.arrayBuffer())) } : {}) });
    const dir = dataDirCopy(tarPath);
    let pg: PGlite;
    try {
      pg = await PGlite.create({ ...options, dataDir: dir });
    } catch (error) {
      releaseDataDir(dir);
      throw error;
    }
    const close = pg.close.bind(pg);
    pg.close = async () => {
      try {
        await close();
      } finally {
        releaseDataDir(dir);
      }
    };
    return pg;
  };
  const runtimeFile = (file: string) => {
    const full = path.join(runtimeDir, file);
    if (!fs.existsSync(full)) throw new Error(`runtime file missing: ${full} (rebuild with \`npm run build:runtime\`)`);
    return full;
  };
  return {
    loadPyodide: (io, boot = {}) =>
      loadPyodide({
        // The runtime's copy of the standard library, not the npm package's: it is the archive
        // the browser reads, and a Python snapshot must be made and restored against one archive.
        stdLibURL: runtimeFile(boot.stdlib ?? 'pyodide/python_stdlib.zip'),
        stdout: io.stdout,
        stderr: io.stderr,
        ...snapshotLoadOptions(
          boot,
          async () => (await import('pyodide/pyodide.asm.mjs')).default as unknown as PyodideModuleFactory,
          async () => new Uint8Array(await fs.promises.readFile(runtimeFile('pyodide/pyodide.asm.wasm'))),
        ),
      }),
    preparePglite: () => void preparePglite(),
    createPglite,
    bytes: async (file) => new Uint8Array(fs.readFileSync(runtimeFile(file))),
    blob: async (file) => {
      const full = runtimeFile(file);
      const blob = await fs.openAsBlob(full);
      blobFiles.set(blob, full);
      return blob;
    },
    mountHostDir: (py, hostPath) => {
      const abs = path.resolve(hostPath);
      if (!fs.existsSync(abs)) throw new Error(`no such folder: ${abs}`);
      py.FS.mkdirTree(abs);
      py.mountNodeFS(abs, abs);
      return abs;
    },
  };
}
