// The two scripts of the sandboxed lab frame (app/lab-frame), as source text. They are plain
// JavaScript strings rather than functions passed through String(fn): the bundler rewrites
// `import()` and may rename things in server code, and these must reach the browser verbatim.
// Message shapes: ./messages.ts.

/** Runs first inside the lab worker. Runtime files are fetched by the page (an opaque origin's
 *  HTTP cache is thrown away with the frame, the page's is kept), then the lab worker module is
 *  imported and sees the messages that arrived meanwhile. */
export const SHIM_SOURCE = String.raw`
const scope = self;
const early = [];
scope.onmessage = (event) => {
  const data = event.data;
  if (data && data.ormlabShim === 'start' && event.ports[0]) start(data.workerUrl, data.runtimeBase, event.ports[0]);
  else early.push(event);
};
function start(workerUrl, runtimeBase, assets) {
  const network = scope.fetch.bind(scope);
  const pending = new Map();
  let nextId = 1;
  assets.onmessage = ({ data }) => {
    const reply = pending.get(data.id);
    if (!reply) return;
    pending.delete(data.id);
    if (data.ok) reply.resolve(new Response(data.body, { status: data.status, statusText: data.statusText, headers: data.headers }));
    else reply.reject(new TypeError(data.message));
  };
  const relayed = (url) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    assets.postMessage({ id, url });
  });
  scope.fetch = (input, init) => {
    const request = input instanceof Request ? input : null;
    const method = String((init && init.method) || (request && request.method) || 'GET').toUpperCase();
    let url = null;
    try { url = new URL(request ? request.url : String(input), runtimeBase).href; } catch { url = null; }
    if (url && method === 'GET' && url.startsWith(runtimeBase)) return relayed(url);
    return network(input, init);
  };
  // Pyodide refuses classic workers (it probes importScripts); this one runs the lab as a module.
  scope.importScripts = undefined;
  relayed(workerUrl)
    .then((response) => {
      if (!response.ok) throw new Error(workerUrl + ': HTTP ' + response.status);
      return response.blob();
    })
    .then((source) => import(URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))))
    .then(() => {
      const handler = scope.onmessage;
      for (const event of early.splice(0)) handler && handler(event);
    }, (error) => {
      // Rethrown outside the promise so it reaches the frame as the worker's error event.
      setTimeout(() => { throw error instanceof Error ? error : new Error(String(error)); });
    });
}
`;

/** Runs in the frame document: waits for the page's two ports, starts the worker (a classic
 *  worker from a blob: module workers from blob URLs do not start in an opaque-origin frame in
 *  Chromium, and http URLs are refused there), and relays the lab's messages. */
export const FRAME_SOURCE = String.raw`
(() => {
  let started = false;
  addEventListener('message', (event) => {
    const data = event.data;
    // Only the embedding page may start the lab, and only once.
    if (started || event.source !== parent || !data || data.ormlabFrame !== 'start' || event.ports.length !== 2) return;
    started = true;
    const [control, assets] = event.ports;
    const shim = document.getElementById('ormlab-shim').textContent;
    const worker = new Worker(URL.createObjectURL(new Blob([shim], { type: 'text/javascript' })), { name: 'ormlab-lab' });
    worker.onmessage = (message) => control.postMessage({ kind: 'message', data: message.data });
    worker.onerror = (error) => {
      error.preventDefault();
      control.postMessage({ kind: 'error', message: error.message || 'the lab worker failed to start' });
    };
    worker.postMessage({ ormlabShim: 'start', workerUrl: data.workerUrl, runtimeBase: data.runtimeBase }, [assets]);
    control.onmessage = (message) => worker.postMessage(message.data);
  });
  parent.postMessage({ ormlabFrame: 'ready' }, '*');
})();
`;

/** The frame document. The shim travels as an inert script block (type text/plain). */
export function frameHtml(): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ormlab lab</title></head><body>',
    `<script type="text/plain" id="ormlab-shim">${escapeScript(SHIM_SOURCE)}</script>`,
    `<script>${escapeScript(FRAME_SOURCE)}</script>`,
    '</body></html>',
  ].join('\n');
}

/** Neither script contains `</`, but keep it that way if they change. */
function escapeScript(source: string): string {
  if (source.includes('</')) throw new Error('frame script must not contain "</"');
  return source;
}
