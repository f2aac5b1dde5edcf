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
