// The relay is reachable from learner code (it backs the lab worker's fetch), so what it agrees
// to fetch on the page's behalf is the security boundary: runtime files only.
import { describe, expect, it } from 'vitest';
import { isRuntimeFile, serveRuntimeFiles, type RelayOptions } from './asset-relay';
import type { AssetReply } from './messages';

const ORIGIN = 'https://ormlab.test';
const BASE = `${ORIGIN}/runtime/0123456789abcdef/`;

describe('isRuntimeFile', () => {
  it('accepts files of the runtime build', () => {
    expect(isRuntimeFile(`${BASE}pyodide/pyodide.asm.wasm`, BASE, ORIGIN)).toBe(true);
    expect(isRuntimeFile(`${BASE}datasets/bookstore/pgdata.tar`, BASE, ORIGIN)).toBe(true);
  });

  it.each([
    ['the API', `${ORIGIN}/api/progress`],
    ['a dot-dot escape', `${BASE}../../api/progress`],
    ['an encoded dot-dot escape', `${BASE}%2e%2e/%2e%2e/api/progress`],
    ['an encoded slash', `${BASE}..%2f..%2fapi/progress`],
    ['another origin', `https://evil.test/runtime/0123456789abcdef/worker.js`],
    ['credentials in the URL', `https://user:pw@ormlab.test/runtime/0123456789abcdef/worker.js`],
    ['a query string', `${BASE}worker.js?x=1`],
    ['the folder itself', BASE],
    ['another runtime build', `${ORIGIN}/runtime/fedcba9876543210/worker.js`],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(isRuntimeFile(url, BASE, ORIGIN)).toBe(false);
  });
});

describe('serveRuntimeFiles', () => {
  function relay(fetchFile: typeof fetch, options: RelayOptions = {}) {
    const channel = new MessageChannel();
    const stop = serveRuntimeFiles(channel.port1, BASE, ORIGIN, { fetchFile, ...options });
    const ask = (url: string) =>
      new Promise<AssetReply>((resolve) => {
        channel.port2.onmessage = ({ data }) => resolve(data as AssetReply);
        channel.port2.postMessage({ id: 7, url });
      });
    return { ask, stop: () => (stop(), channel.port2.close()) };
  }

  it('fetches the brotli copy of a file the build compressed, without credentials, and hands over the decoded body', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const { ask, stop } = relay((async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      if (url.endsWith('files.json')) {
        return Response.json({ files: { 'pglite/pglite.wasm': 10, 'pglite/pglite.wasm.br': 4, 'python.zip': 3 } });
      }
      // As fetch answers a brotli copy: the body decoded, the headers still the encoded ones.
      return new Response(url.endsWith('.br') ? 'wasm bytes' : 'zip', {
        headers: { 'Content-Type': url.endsWith('.br') ? 'application/wasm' : 'application/zip', 'Content-Encoding': 'br', 'Content-Length': '4' },
      });
    }) as typeof fetch);
    const wasm = await ask(`${BASE}pglite/pglite.wasm`);
    const zip = await ask(`${BASE}python.zip`);
    stop();
    const init = { credentials: 'omit', redirect: 'error' };
    // files.json once, then each file: the copy where there is one, else the plain file.
    expect(calls).toEqual([[`${BASE}files.json`, init], [`${BASE}pglite/pglite.wasm.br`, init], [`${BASE}python.zip`, init]]);
    expect(wasm.ok && wasm.id).toBe(7);
    if (!wasm.ok || !zip.ok) throw new Error('expected files');
    const headers = new Map(wasm.headers);
    expect(headers.get('content-type')).toBe('application/wasm');
    // The decoded size, for the boot progress bar; the encoding and encoded length would mislead.
    expect(headers.get('x-decoded-length')).toBe('10');
    expect(headers.has('content-encoding')).toBe(false);
    expect(headers.has('content-length')).toBe(false);
    // A Blob, which crosses to the frame's process as a handle (an ArrayBuffer would be copied).
    expect(wasm.body).toBeInstanceOf(Blob);
    expect(await new Response(wasm.body).text()).toBe('wasm bytes');
    expect(new Map(zip.headers).get('x-decoded-length')).toBe('3');
    expect(await new Response(zip.body).text()).toBe('zip');
  });

  it('fetches plain files when the build has no file list', async () => {
    const calls: string[] = [];
    const { ask, stop } = relay((async (url: string) => {
      calls.push(url);
      return url.endsWith('files.json') ? new Response('missing', { status: 404 }) : new Response('js');
    }) as typeof fetch);
    const reply = await ask(`${BASE}worker.js`);
    stop();
    expect(calls).toEqual([`${BASE}files.json`, `${BASE}worker.js`]);
    expect(reply.ok && (await new Response(reply.body).text())).toBe('js');
  });

  it('refuses anything else without fetching it', async () => {
    let fetched = 0;
    const { ask, stop } = relay((async () => {
      fetched += 1;
      return new Response('secret');
    }) as typeof fetch);
    const reply = await ask(`${ORIGIN}/api/progress`);
    stop();
    expect(fetched).toBe(0);
    expect(reply).toMatchObject({ id: 7, ok: false });
    expect(!reply.ok && reply.message).toMatch(/refused/);
  });
});

/** Cache Storage as the relay uses it, in memory. */
class MemoryCache {
  entries = new Map<string, { body: ArrayBuffer; init: ResponseInit }>();
  async match(url: string) {
    const entry = this.entries.get(url);
    return entry && new Response(entry.body.slice(0), entry.init);
  }
  async put(url: string, response: Response) {
    const init = { status: response.status, statusText: response.statusText, headers: [...response.headers] };
    this.entries.set(url, { body: await response.arrayBuffer(), init });
  }
  async keys() {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
  async delete(request: Request) {
    return this.entries.delete(request.url);
  }
}

async function until(condition: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('decoded copies between visits', () => {
  const WASM = `${BASE}pglite/pglite.wasm`;
  function site() {
    const calls: string[] = [];
    // Like the browser's fetch, it refuses to be called as a method of another object.
    const fetchFile = async function (this: unknown, url: string) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      calls.push(url);
      if (url.endsWith('files.json')) return Response.json({ files: { 'pglite/pglite.wasm': 10, 'pglite/pglite.wasm.br': 4, 'python.zip': 3 } });
      return new Response(url.endsWith('.br') ? 'wasm bytes' : 'zip', { headers: { 'Content-Type': 'application/wasm', 'Content-Encoding': 'br' } });
    } as typeof fetch;
    return { calls, fetchFile };
  }
  function relay(fetchFile: typeof fetch, storage: CacheStorage) {
    const channel = new MessageChannel();
    const stop = serveRuntimeFiles(channel.port1, BASE, ORIGIN, { fetchFile, storage, storeAfterMs: 20 });
    let next = 0;
    const ask = (url: string) =>
      new Promise<AssetReply>((resolve) => {
        const id = next++;
        channel.port2.onmessage = ({ data }) => data.id === id && resolve(data as AssetReply);
        channel.port2.postMessage({ id, url });
      });
    return { ask, stop: () => (stop(), channel.port2.close()) };
  }

  it('keeps the decoded body of a brotli file once the relay is quiet, and a later visit reads it without the network', async () => {
    const cache = new MemoryCache();
    const storage = { open: async () => cache } as unknown as CacheStorage;
    const first = site();
    const visit1 = relay(first.fetchFile, storage);
    await visit1.ask(WASM);
    await visit1.ask(`${BASE}python.zip`);
    await until(() => cache.entries.has(WASM));
    visit1.stop();
    // Stored from a second, quiet fetch of the copy; the plain file has nothing to decode.
    expect(first.calls.filter((u) => u.endsWith('.br'))).toHaveLength(2);
    expect([...cache.entries.keys()]).toEqual([WASM]);

    const second = site();
    const visit2 = relay(second.fetchFile, storage);
    const reply = await visit2.ask(WASM);
    visit2.stop();
    expect(second.calls).toEqual([`${BASE}files.json`]);
    if (!reply.ok) throw new Error(reply.message);
    expect(await new Response(reply.body).text()).toBe('wasm bytes');
    const headers = new Map(reply.headers);
    expect(headers.get('x-decoded-length')).toBe('10');
    expect(headers.has('content-encoding')).toBe(false);
  });

  it("drops other builds' copies when it stores this build's", async () => {
    const cache = new MemoryCache();
    const old = `${ORIGIN}/runtime/fedcba9876543210/pglite/pglite.wasm`;
    cache.entries.set(old, { body: new ArrayBuffer(4), init: {} });
    const storage = { open: async () => cache } as unknown as CacheStorage;
    const visit = relay(site().fetchFile, storage);
    await visit.ask(WASM);
    await until(() => cache.entries.has(WASM));
    visit.stop();
    expect(cache.entries.has(old)).toBe(false);
  });

  it('serves from the network when Cache Storage refuses', async () => {
    const storage = { open: async () => Promise.reject(new Error('SecurityError')) } as unknown as CacheStorage;
    const { calls, fetchFile } = site();
    const visit = relay(fetchFile, storage);
    const first = await visit.ask(WASM);
    await new Promise((resolve) => setTimeout(resolve, 100)); // past the quiet time: nothing to store into
    const again = await visit.ask(WASM);
    visit.stop();
    expect(first.ok && again.ok).toBe(true);
    expect(calls.filter((u) => u.endsWith('.br'))).toHaveLength(2);
  });
});
