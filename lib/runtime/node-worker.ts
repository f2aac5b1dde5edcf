// The lab worker as a Node worker thread: the same handler as the browser's module worker, with
// the runtime read from disk. NodeLab (node-lab.ts) starts it; tests use it for time limits.
import { parentPort } from 'node:worker_threads';
import { nodeAssets } from './node-assets';
import type { ClientRequest } from './protocol';
import { createWorkerHandler } from './worker-handler';

if (!parentPort) throw new Error('node-worker.ts must run as a worker thread');
const port = parentPort;
const handle = createWorkerHandler(
  (init, onProgress) => ({ ...nodeAssets(init.runtimeBase), onProgress }),
  (message) => port.postMessage(message),
);
port.on('message', (request: ClientRequest) => handle(request));
