// The page's half of the runtime file relay: the lab worker in the sandboxed frame asks for a
// runtime file, the page fetches it (through its own HTTP cache, where the hashed runtime files
// are immutable) and transfers the body stream back. It serves GETs of files under the runtime
// build folder of our own origin, without credentials, and refuses everything else: learner
// code can call the relay too (it replaces the worker's fetch), so it must not become a way to
// make the page fetch `/api/...` with the learner's cookie.
import type { AssetReply, AssetRequest } from './messages';

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

export function serveRuntimeFiles(port: MessagePort, runtimeBase: string, origin: string, fetchFile: typeof fetch = fetch): () => void {
  let closed = false;
  const reply = (message: AssetReply, transfer: Transferable[] = []) => {
    if (!closed) port.postMessage(message, transfer);
  };
  port.onmessage = async ({ data }: MessageEvent<AssetRequest>) => {
    const id = typeof data?.id === 'number' ? data.id : -1;
    const url = String(data?.url ?? '');
    if (!isRuntimeFile(url, runtimeBase, origin)) {
      reply({ id, ok: false, message: `refused: the lab may only load its runtime files (${url.slice(0, 200)})` });
      return;
    }
    try {
      const response = await fetchFile(url, { credentials: 'omit', redirect: 'error' });
      const body = response.body;
      reply(
        { id, ok: true, status: response.status, statusText: response.statusText, headers: [...response.headers], body },
        body ? [body] : [],
      );
    } catch (error) {
      reply({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };
  port.start();
  return () => {
    closed = true;
    port.onmessage = null;
    port.close();
  };
}
