// A LabClient whose worker is a Node worker thread: the browser's time-limit and cancellation
// semantics (end the worker, start a fresh one) for the CLI and the tests.
import { Worker } from 'node:worker_threads';
import { LabClient, type LabClientOptions, type WorkerLike } from './client';
import { currentRuntimeDir } from './node-assets';
import { releaseThreadDataDirs } from './node-data-dirs';
import type { ClientRequest, WorkerResponse } from './protocol';

function nodeWorker(): WorkerLike {
  const worker = new Worker(new URL('./node-worker-boot.mjs', import.meta.url));
  const like: WorkerLike = {
    postMessage: (message: ClientRequest) => worker.postMessage(message),
    terminate: () => void worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.on('message', (data: WorkerResponse) => like.onmessage?.({ data }));
  worker.on('error', (err) => like.onerror?.({ message: err.message }));
  // A thread ended mid-run never closed its databases: remove their folders for it.
  const thread = worker.threadId;
  worker.on('exit', () => releaseThreadDataDirs(thread));
  return like;
}

export function nodeLabClient(dataset = 'bookstore', options: Partial<LabClientOptions> = {}): LabClient {
  return new LabClient({ createWorker: nodeWorker, init: { runtimeBase: currentRuntimeDir(), dataset }, ...options });
}
