// RuntimeAssets for the browser's lab worker: every file comes from the runtime build the site
// serves (public/runtime/<dir>/, `base` below), so no request leaves our origin. Pyodide and
// PGlite are not bundled into the worker: Pyodide is imported from the runtime folder at run
// time, and PGlite gets its wasm, file-system bundle and extension from there explicitly
// instead of resolving them against its own module URL.
import { PGlite, type Extension } from '@electric-sql/pglite';
import type { PyodideAPI } from 'pyodide';
import type { RuntimeAssets } from './assets';
import type { BootProgress } from './protocol';
import { DataDirMemoryFS } from './data-dir-fs';
import { snapshotLoadOptions, type PyodideModuleFactory } from './python-snapshot';

type LoadPyodide = (options: {
  indexURL: string;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  [privateOption: string]: unknown;
}) => Promise<PyodideAPI>;

// An empty but valid wasm module (magic + version). PGlite 0.5 downloads initdb.wasm unless it
// is given one, even when it loads a data directory and never runs initdb.
const EMPTY_WASM_BYTES = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

const PYODIDE_WASM = 'pyodide/pyodide.asm.wasm';

/** The Content-Type a runtime file is served with (compileStreaming insists on wasm's). */
function contentType(file: string): string {
  if (file.endsWith('.wasm')) return 'application/wasm';
  return file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
}

/** `base`: absolute URL of the runtime build folder, ending in `/`. */
export function browserAssets(base: string, onProgress?: (p: BootProgress) => void): RuntimeAssets {
  const url = (file: string) => new URL(file, base).href;
  const download = { loaded: 0, total: 0 };

  // The fetch of the worker as it is now (in the lab frame: the relay's), not as loadPyodide
  // below replaces it for a moment.
  const network = globalThis.fetch.bind(globalThis);

  /**
   * The file's body, counted into the download progress once it is here. In the lab frame the
   * relay hands over whole files as Blobs (asset-relay.ts), so counting chunk by chunk would
   * only copy the bytes through a stream; taken as a Blob, the body stays a handle until its
   * user reads it. (Bytes are counted decoded: the relay states the decoded size.)
   */
  async function fetchBody(file: string): Promise<Blob> {
    const response = await network(url(file));
    if (!response.ok || !response.body) throw new Error(`${file}: HTTP ${response.status} (is the runtime built? \`npm run build:runtime\`)`);
    download.total += Number(response.headers.get('X-Decoded-Length') ?? response.headers.get('Content-Length') ?? 0);
    const body = await response.blob();
    download.loaded += body.size;
    onProgress?.({ phase: 'download', loaded: download.loaded, total: Math.max(download.total, download.loaded) });
    return body;
  }

  /** Files fetched ahead of their use (preparePyodide), each taken once by its first user. */
  const early = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  const fetchBytes = async (file: string) => new Uint8Array(await (await fetchBody(file)).arrayBuffer());
  /** The file's bytes: the early download if there is one (then forgotten), else a new one. */
  function takeBytes(file: string): Promise<Uint8Array<ArrayBuffer>> {
    const bytes = early.get(file) ?? fetchBytes(file);
    early.delete(file);
    return bytes;
  }

  /** import() of a runtime module, fetched first. In the sandboxed lab frame, fetch goes
   *  through the page's relay and HTTP cache, while an import() would go to the network from an
   *  opaque origin whose cache is thrown away with the frame (a second visit would download
   *  Pyodide's JavaScript again). The modules find their files through indexURL, not
   *  import.meta.url, so a blob: URL is fine. */
  async function importFetched(file: string): Promise<unknown> {
    const blobUrl = URL.createObjectURL(new Blob([await takeBytes(file)], { type: 'text/javascript' }));
    try {
      return await import(/* webpackIgnore: true */ blobUrl);
    } finally {
      URL.revokeObjectURL(blobUrl);
    }
  }

  /** Bytes of a Blob read ahead (`blob`), for the first instance started on it: each instance
   *  needs its own copy, since PostgreSQL writes into the views of its data directory. */
  const readAhead = new WeakMap<Blob, Promise<ArrayBuffer>>();
  function takeDataDirBytes(dataDir: Blob): Promise<ArrayBuffer> {
    const ahead = readAhead.get(dataDir);
    readAhead.delete(dataDir);
    return ahead ? ahead.catch(() => dataDir.arrayBuffer()) : dataDir.arrayBuffer();
  }

  // Compiled once, shared by every PGlite instance (main, the pristine one for resets, spares).
  let pgliteModule: Promise<WebAssembly.Module> | null = null;
  let fsBundle: Promise<Blob> | null = null;
  let initdbModule: Promise<WebAssembly.Module> | null = null;
  // compileStreaming needs `Content-Type: application/wasm`.
  const compile = (file: string) => WebAssembly.compileStreaming(fetchBody(file).then((body) => new Response(body, { headers: { 'Content-Type': 'application/wasm' } })));

  // pg_trgm, as @electric-sql/pglite/contrib/pg_trgm declares it, but with the tarball from our
  // runtime folder (the contrib module resolves it against its own import.meta.url).
  const pgTrgm: Extension = { name: 'pg_trgm', setup: async () => ({ bundlePath: new URL(url('pglite/pg_trgm.tar.gz')) }) };

  return {
    onProgress,
    async loadPyodide(io, boot = {}) {
      const indexURL = url('pyodide/');
      const { loadPyodide } = (await importFetched('pyodide/pyodide.mjs')) as { loadPyodide: LoadPyodide };
      const factory = async () => ((await importFetched('pyodide/pyodide.asm.mjs')) as { default: PyodideModuleFactory }).default;
      const stdLibURL = url(boot.stdlib ?? 'pyodide/python_stdlib.zip');
      // A snapshot is decoded against pyodide.asm.wasm's bytes (heap-delta.ts), and Pyodide
      // fetches that file itself to instantiate it; it fetches its lock file and standard library
      // too. While it boots, a fetch of a file downloaded early (preparePyodide), or of the wasm
      // the snapshot needed, answers from those bytes instead of downloading it again.
      let wasm: Promise<Uint8Array<ArrayBuffer>> | null = null;
      const wasmBytes = () => (wasm ??= takeBytes(PYODIDE_WASM));
      const options = snapshotLoadOptions(boot, factory, wasmBytes);
      const fetchBefore = globalThis.fetch;
      globalThis.fetch = (input, init) => {
        const requested = String(input instanceof Request ? input.url : input);
        const file = requested === url(PYODIDE_WASM)
          ? (wasm || early.has(PYODIDE_WASM) ? PYODIDE_WASM : null)
          : [...early.keys()].find((f) => url(f) === requested);
        if (!file) return fetchBefore(input, init);
        const bytes = file === PYODIDE_WASM ? wasmBytes() : takeBytes(file);
        return bytes.then((b) => new Response(b, { headers: { 'Content-Type': contentType(file) } }));
      };
      try {
        return await loadPyodide({ indexURL, stdLibURL, stdout: io.stdout, stderr: io.stderr, ...options });
      } finally {
        globalThis.fetch = fetchBefore;
      }
    },

    preparePyodide(stdlib) {
      for (const file of ['pyodide/pyodide.mjs', 'pyodide/pyodide.asm.mjs', PYODIDE_WASM, 'pyodide/pyodide-lock.json', stdlib]) {
        if (early.has(file)) continue;
        const bytes = fetchBytes(file);
        bytes.catch(() => undefined); // its user awaits it (and fetches again if it failed)
        early.set(file, bytes.catch(() => fetchBytes(file)));
      }
    },

    preparePglite() {
      // compileStreaming hands the compile to V8's background threads: it proceeds while the
      // worker's thread restores Python.
      pgliteModule ??= compile('pglite/pglite.wasm');
      fsBundle ??= fetchBody('pglite/pglite.data');
    },
    async createPglite(dataDir) {
      this.preparePglite!();
      // A blank instance runs initdb; the runtime ships initdb.wasm only if a lab needs one.
      const initdb = dataDir ? Promise.resolve(new WebAssembly.Module(EMPTY_WASM_BYTES)) : (initdbModule ??= compile('pglite/initdb.wasm'));
      const [pgliteWasmModule, bundle, initdbWasmModule] = await Promise.all([pgliteModule!, fsBundle!, initdb]);
      return PGlite.create({
        pgliteWasmModule,
        initdbWasmModule,
        fsBundle: bundle,
        extensions: { pg_trgm: pgTrgm },
        // The data directory goes into PGlite's file system as views into its bytes, not copies.
        ...(dataDir ? { fs: new DataDirMemoryFS(new Uint8Array(await takeDataDirBytes(dataDir))) } : {}),
      });
    },
    async blob(file) {
      // The one Blob the engine asks for is a data directory, which the first PostgreSQL instance
      // reads whole. Reading starts now, while Python restores, rather than when PostgreSQL
      // starts (54 MB: 0.1-0.2 s that were on the boot's path).
      const body = await fetchBody(file);
      const bytes = body.arrayBuffer();
      bytes.catch(() => undefined); // taken below, or read again there if it failed
      readAhead.set(body, bytes);
      return body;
    },
    bytes: fetchBytes,
  };
}
