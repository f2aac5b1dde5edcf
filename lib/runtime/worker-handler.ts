// The request handling every lab worker shares (the browser's module worker, worker.ts, and
// Node's worker thread, node-worker.ts): one engine, one request at a time, typed replies.
import type { RuntimeAssets } from './assets';
import { LabEngine } from './engine';
import type { BootProgress, ClientRequest, WorkerInit, WorkerResponse } from './protocol';

export type AssetsFor = (init: WorkerInit, onProgress: (p: BootProgress) => void) => RuntimeAssets;

export function createWorkerHandler(assetsFor: AssetsFor, post: (message: WorkerResponse) => void) {
  let engine: Promise<LabEngine> | null = null;
  let idleReset: ReturnType<typeof setTimeout> | null = null;
  // One request at a time: a run awaits (reset, async Python), and nothing may interleave with it.
  let queue: Promise<unknown> = Promise.resolve();

  async function handle(request: ClientRequest): Promise<WorkerResponse> {
    if (request.type === 'init') {
      const started = performance.now();
      engine ??= LabEngine.create({
        assets: assetsFor(request.init, (progress) => post({ type: 'progress', progress })),
        dataset: request.init.dataset,
        workApp: request.init.workApp,
      });
      const lab = await engine;
      return { id: request.id, type: 'ready', bootMs: Math.round(performance.now() - started), bootSteps: lab.info.bootSteps };
    }
    if (!engine) throw new Error('the lab is not started (send init first)');
    const lab = await engine;
    if (idleReset) clearTimeout(idleReset);
    switch (request.type) {
      case 'run': {
        const result = await lab.run(request.code, request.options);
        // The run left the database dirty: build the pristine copy while the learner reads the
        // result, so the next run's reset is a swap instead of a snapshot load.
        if (lab.dirty) idleReset = setTimeout(() => void lab.prepareReset().catch(() => undefined), 50);
        return { id: request.id, type: 'result', result };
      }
      case 'explain':
        return { id: request.id, type: 'result', result: await lab.explain(request.sql, request.options) };
      case 'sql':
        return { id: request.id, type: 'result', result: lab.sql(request.sql, request.maxRows) };
      case 'describe':
        return { id: request.id, type: 'result', result: lab.describe() };
      case 'reset':
        await lab.reset();
        return { id: request.id, type: 'result', result: null };
    }
  }

  return (request: ClientRequest) => {
    queue = queue.then(() =>
      handle(request).then(post, (error: unknown) => {
        if (request.type === 'init') engine = null; // let a later init try again
        post({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
      }),
    );
  };
}
