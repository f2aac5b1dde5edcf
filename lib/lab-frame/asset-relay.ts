// The page's half of the runtime file relay: the lab worker in the sandboxed frame asks for a
// runtime file, the page fetches it (through its own HTTP cache, where the hashed runtime files
// are immutable) and hands the body back as one Blob. It serves GETs of files under the runtime
// build folder of our own origin, without credentials, and refuses everything else: learner
// code can call the relay too (it replaces the worker's fetch), so it must not become a way to
// make the page fetch `/api/...` with the learner's cookie.
//
// Compression is decided here too: the build lists its files in `<runtime>/files.json`, with
// their sizes, brotli copies (`file.br`, served with Content-Encoding: br) included. The relay
// downloads the copy and hands on what the browser decoded, so the worker, Pyodide and PGlite
// ask for plain files and never know. Where Cache Storage works, the decoded bodies are kept
// there after a boot, and later visits read them instead of decoding again (decoded-cache.ts).
import { DecodedFileCache } from './decoded-cache';
import type { AssetReply, AssetRequest } from './messages';

interface RuntimeFileList {
  /** Decoded size of every file of the build, by path relative to the runtime folder. */
  sizes: Map<string, number>;
  /** Files that have a brotli copy beside them. */
  brotli: Set<string>;
}

/** The build's files.json, or an empty list when it is missing or malformed (plain files then). */
async function readFileList(runtimeBase: string, fetchFile: typeof fetch): Promise<RuntimeFileList> {
  const empty: RuntimeFileList = { sizes: new Map(), brotli: new Set() };
  try {
    const response = await fetchFile(`${runtimeBase}files.json`, { credentials: 'omit', redirect: 'error' });
    if (!response.ok) return empty;
    const data = (await response.json()) as { files?: Record<string, number> };
    const sizes = new Map(Object.entries(data.files ?? {}).filter(([, size]) => typeof size === 'number'));
    const brotli = new Set([...sizes.keys()].filter((f) => f.endsWith('.br')).map((f) => f.slice(0, -'.br'.length)));
    return { sizes, brotli };
  } catch {
    return empty;
  }
}

/** Whether `url` names a file inside `runtimeBase` (absolute, ending in `/`) on `origin`. */
export function isRuntimeFile(url: string, runtimeBase: string, origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const base = new URL(runtimeBase);
  // URL parsing resolves `..` and `%2e%2e` segments, so the prefix test below is on the real path.
  return (
    parsed.origin === origin &&
    base.origin === origin &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.search === '' &&
    parsed.pathname.startsWith(base.pathname) &&
    parsed.pathname.length > base.pathname.length &&
    !/%2f|%5c/i.test(parsed.pathname)
  );
}

/** The body handed on is already decoded (a brotli copy), so its encoding and encoded length no
 *  longer describe it. */
function decodedHeaders(headers: Headers): [string, string][] {
  return [...headers].filter(([name]) => name !== 'content-encoding' && name !== 'content-length');
}

export interface RelayOptions {
  fetchFile?: typeof fetch;
  /** Where decoded copies of brotli files are kept between visits (none: always decode). */
  storage?: CacheStorage;
  /** Quiet time before storing decoded copies (tests shorten it). */
  storeAfterMs?: number;
}

export function serveRuntimeFiles(port: MessagePort, runtimeBase: string, origin: string, options: RelayOptions = {}): () => void {
  const fetchFile = options.fetchFile ?? fetch;
  const decoded = options.storage ? new DecodedFileCache(options.storage, runtimeBase, fetchFile, options.storeAfterMs) : null;
  let closed = false;
  let fileList: Promise<RuntimeFileList> | null = null;
  const reply = (message: AssetReply) => {
    if (!closed) port.postMessage(message);
  };
  port.onmessage = async ({ data }: MessageEvent<AssetRequest>) => {
    const id = typeof data?.id === 'number' ? data.id : -1;
    const url = String(data?.url ?? '');
    if (!isRuntimeFile(url, runtimeBase, origin)) {
      reply({ id, ok: false, message: `refused: the lab may only load its runtime files (${url.slice(0, 200)})` });
      return;
    }
    try {
      fileList ??= readFileList(runtimeBase, fetchFile);
      const { sizes, brotli } = await fileList;
      const file = decodeURIComponent(new URL(url).pathname.slice(new URL(runtimeBase).pathname.length));
      const compressed = brotli.has(file);
      decoded?.noteRequest();
      const stored = compressed ? await decoded?.read(url) : null;
      if (stored) {
        reply({ id, ok: true, ...stored });
        return;
      }
      const source = compressed ? `${url}.br` : url;
      const response = await fetchFile(source, { credentials: 'omit', redirect: 'error' });
      // The whole body as one Blob, not a stream: a stream crosses to the frame's worker chunk by
      // chunk (thousands of messages for a data directory), and that made booting measurably
      // slower than the download itself. A Blob crosses as a handle (the frame may be another
      // process), and the lab worker reads its bytes once, straight from the browser's store.
      const body = await response.blob();
      const headers = decodedHeaders(response.headers);
      const size = sizes.get(file);
      if (size !== undefined) headers.push(['x-decoded-length', String(size)]);
      if (response.ok && compressed) decoded?.remember(url, source, body.size, { status: response.status, statusText: response.statusText, headers });
      reply({ id, ok: true, status: response.status, statusText: response.statusText, headers, body });
    } catch (error) {
      reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };
  const stop = () => {
    closed = true;
    port.onmessage = null;
    port.close();
  };
  // Fired where supported when the other end (the lab worker, with its frame) is gone.
  port.addEventListener('close', stop);
  port.start();
  return stop;
}
