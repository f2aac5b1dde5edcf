// Where the engine gets its parts. The engine itself is environment-neutral: Node reads the
// built runtime folder and loads Pyodide/PGlite from node_modules; the browser worker fetches
// the same files from the site (lib/runtime/browser-assets.ts).
import type { PGlite } from '@electric-sql/pglite';
import type { PyodideAPI } from 'pyodide';
import type { BootProgress } from './protocol';
import type { PyodideBootOptions } from './python-snapshot';

export interface RuntimeAssets {
  /** Pyodide, booted or restored from a memory snapshot (stdout/stderr are the engine's). */
  loadPyodide(io: { stdout: (s: string) => void; stderr: (s: string) => void }, boot?: PyodideBootOptions): Promise<PyodideAPI>;
  /** Start downloading Pyodide's own files now (`stdlib`: the standard library archive the
   *  boot will read), so that they are in when the Python snapshot has arrived. */
  preparePyodide?(stdlib: string): void;
  /** Start fetching and compiling PostgreSQL now (it then overlaps with Python's start). */
  preparePglite?(): void;
  /** A PGlite instance: from a dumped data directory, or freshly initialized when null. */
  createPglite(dataDir: Blob | null): Promise<PGlite>;
  /** A file of the built runtime (`python.zip`, `datasets/bookstore/pgdata.tar`, ...). */
  bytes(path: string): Promise<Uint8Array>;
  /** The same as a Blob, which need not be in memory (Node: backed by the file itself). Big
   *  files such as a dataset's data directory go this way: PGlite reads the Blob once. */
  blob(path: string): Promise<Blob>;
  /** Host folders mounted into Python's file system (Node only: `--app` and `python` modes). */
  mountHostDir?(pyodide: PyodideAPI, hostPath: string): string;
  onProgress?: (p: BootProgress) => void;
}
