// Decoded copies of the runtime's brotli files, kept in the page origin's Cache Storage for the
// relay (asset-relay.ts).
//
// The HTTP cache keeps what was downloaded: the brotli copies. Every visit then decodes them
// again, ~140 MB for the bookstore lab, and on two cores that decoding is most of the time a
// warm visit waits for runtime files (measured in Chromium, one file alone: python.snap 405 ms
// through the HTTP cache, 111 ms from Cache Storage; pgdata.tar 314 -> 150 ms; Pyodide's wasm
// 160 -> 30 ms). So once a lab has booted and the relay has gone quiet, the relay fetches each
// brotli file it served once more (from the HTTP cache) and stores the decoded body; later
// visits read that instead. Storing waits for quiet because it costs as much as it saves.
//
// Only files of the current build are kept: a new build's first store removes the others.
// Anything Cache Storage refuses (no secure context, quota, private mode) leaves the relay as it
// was: every miss falls back to the network path.

/** The Cache Storage cache the decoded files live in (one for every build; keys are URLs). */
export const DECODED_CACHE = 'ormlab-runtime-decoded';
/** How long the relay must have had no request before it starts storing: a lab asks for its
 *  last file (an extension, while PostgreSQL starts) about a second before it is ready. */
const QUIET_MS = 1500;

export interface DecodedFile {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** Read from Cache Storage only when the lab worker reads it (a Blob from a Response of
   *  Cache Storage is a handle to the stored entry). */
  body: Blob;
}

interface Pending {
  source: string;
  size: number;
  status: number;
  statusText: string;
  headers: [string, string][];
}

export class DecodedFileCache {
  #storage: CacheStorage;
  #runtimeBase: string;
  #fetch: typeof fetch;
  #quietMs: number;
  #cache: Promise<Cache | null> | null = null;
  #pending = new Map<string, Pending>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastRequest = 0;
  #storing: Promise<void> = Promise.resolve();
  #purged = false;

  constructor(storage: CacheStorage, runtimeBase: string, fetchFile: typeof fetch, quietMs = QUIET_MS) {
    this.#storage = storage;
    this.#runtimeBase = runtimeBase;
    this.#fetch = (input, init) => fetchFile(input, init); // the browser refuses fetch called as a method of another object
    this.#quietMs = quietMs;
  }

  /** The decoded file, or null when it is not stored (or Cache Storage fails). */
  async read(url: string): Promise<DecodedFile | null> {
    try {
      const cache = await this.#open();
      const response = await cache?.match(url);
      if (!response) return null;
      return { status: response.status, statusText: response.statusText, headers: [...response.headers], body: await response.blob() };
    } catch {
      return null;
    }
  }

  /**
   * `url` was just served from `source`, its brotli copy, `size` bytes decoded: store it once the
   * relay is quiet. Biggest first, as they save the most if the page is left mid-way.
   */
  remember(url: string, source: string, size: number, reply: Omit<DecodedFile, 'body'>): void {
    this.#pending.set(url, { source, size, status: reply.status, statusText: reply.statusText, headers: reply.headers });
    this.#schedule();
  }

  /** The relay got a request: a lab is booting, so storing waits. */
  noteRequest(): void {
    this.#lastRequest = Date.now();
  }

  #open(): Promise<Cache | null> {
    this.#cache ??= this.#storage.open(DECODED_CACHE).catch(() => null);
    return this.#cache;
  }

  #schedule(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#storing = this.#storing.then(() => this.#storeAll());
    }, this.#quietMs);
  }

  async #storeAll(): Promise<void> {
    const cache = await this.#open();
    if (!cache) {
      this.#pending.clear();
      return;
    }
    await this.#purgeOtherBuilds(cache);
    for (const [url, file] of [...this.#pending].sort(([, a], [, b]) => b.size - a.size)) {
      // A lab started booting meanwhile: it needs the CPU more than the next visit does.
      if (Date.now() - this.#lastRequest < this.#quietMs) {
        this.#schedule();
        return;
      }
      this.#pending.delete(url);
      try {
        const response = await this.#fetch(file.source, { credentials: 'omit', redirect: 'error' });
        if (!response.ok || !response.body) continue;
        await cache.put(url, new Response(response.body, { status: file.status, statusText: file.statusText, headers: file.headers }));
      } catch {
        // Not stored: the next visit takes the network path for this file, as before.
      }
    }
  }

  async #purgeOtherBuilds(cache: Cache): Promise<void> {
    if (this.#purged) return;
    this.#purged = true;
    try {
      for (const request of await cache.keys()) {
        if (!request.url.startsWith(this.#runtimeBase)) await cache.delete(request);
      }
    } catch {
      // stale entries stay until the next build's relay tries again
    }
  }
}
