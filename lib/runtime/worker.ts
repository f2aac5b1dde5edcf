// The lab's module Web Worker: a thin shell around LabEngine (engine.ts) with browser assets.
// Bundled by esbuild into public/runtime/<dir>/worker.js (scripts/runtime/bundle-worker.ts), so
// Turbopack never rebuilds it, and started inside the sandboxed lab frame by a small shim
// (lib/lab-frame/frame-scripts.ts) that imports it and relays its fetches.
// Request handling is shared with the Node worker thread (worker-handler.ts).
import { browserAssets } from './browser-assets';
import type { ClientRequest, WorkerResponse } from './protocol';
import { createWorkerHandler } from './worker-handler';

const scope = globalThis as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<ClientRequest>) => void) | null;
};

const handle = createWorkerHandler(
  (init, onProgress) => browserAssets(init.runtimeBase, onProgress),
  (message) => scope.postMessage(message),
);
scope.onmessage = ({ data }) => handle(data);
