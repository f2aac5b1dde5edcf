// The relay is reachable from learner code (it backs the lab worker's fetch), so what it agrees
// to fetch on the page's behalf is the security boundary: runtime files only.
import { describe, expect, it } from 'vitest';
import { isRuntimeFile, serveRuntimeFiles } from './asset-relay';
import type { AssetReply } from './messages';

const ORIGIN = 'https://ormlab.test';
const BASE = `${ORIGIN}/runtime/0123456789abcdef/`;

describe('isRuntimeFile', () => {
  it('accepts files of the runtime build', () => {
    expect(isRuntimeFile(`${BASE}pyodide/pyodide.asm.wasm`, BASE, ORIGIN)).toBe(true);
    expect(isRuntimeFile(`${BASE}datasets/bookstore/pgdata.tar.gz`, BASE, ORIGIN)).toBe(true);
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
  function relay(fetchFile: typeof fetch) {
    const channel = new MessageChannel();
    const stop = serveRuntimeFiles(channel.port1, BASE, ORIGIN, fetchFile);
    const ask = (url: string) =>
      new Promise<AssetReply>((resolve) => {
        channel.port2.onmessage = ({ data }) => resolve(data as AssetReply);
        channel.port2.postMessage({ id: 7, url });
      });
    return { ask, stop: () => (stop(), channel.port2.close()) };
  }

  it('fetches a runtime file without credentials and hands over its body', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const { ask, stop } = relay((async (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Response('wasm bytes', { headers: { 'Content-Type': 'application/wasm' } });
    }) as typeof fetch);
    const reply = await ask(`${BASE}pglite/pglite.wasm`);
    stop();
    expect(calls).toEqual([[`${BASE}pglite/pglite.wasm`, { credentials: 'omit', redirect: 'error' }]]);
    expect(reply.ok && reply.id).toBe(7);
    if (!reply.ok) throw new Error('expected a file');
    expect(new Map(reply.headers).get('content-type')).toBe('application/wasm');
    expect(await new Response(reply.body).text()).toBe('wasm bytes');
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
