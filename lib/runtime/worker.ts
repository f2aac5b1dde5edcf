// The lab's module Web Worker: a thin shell around LabEngine (engine.ts) with browser assets.
// Bundled by esbuild into public/runtime/<dir>/worker.js (scripts/runtime/bundle-worker.ts) and
// started by LabClient (client.ts) as `new Worker(url, { type: 'module' })`: Pyodide refuses
// classic workers, and Turbopack would turn a `new URL('./worker.ts')` worker into one.
import { browserAssets } from './browser-assets';
import { LabEngine } from './engine';
import type { ClientRequest, WorkerResponse } from './protocol';

const scope = globalThis as unknown as {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<ClientRequest>) => void) | null;
};
const post = (message: WorkerResponse) => scope.postMessage(message);

let engine: Promise<LabEngine> | null = null;
let idleReset: ReturnType<typeof setTimeout> | null = null;
// One request at a time: a run awaits (reset, async Python), and nothing may interleave with it.
let queue: Promise<unknown> = Promise.resolve();

async function handle(request: ClientRequest): Promise<WorkerResponse> {
  if (request.type === 'init') {
    const started = performance.now();
    const { runtimeBase, dataset } = request.init;
    engine ??= LabEngine.create({
      assets: browserAssets(runtimeBase, (progress) => post({ type: 'progress', progress })),
      dataset,
    });
    await engine;
    return { id: request.id, type: 'ready', bootMs: Math.round(performance.now() - started) };
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
    case 'reset':
      await lab.reset();
      return { id: request.id, type: 'result', result: null };
  }
}

scope.onmessage = ({ data }) => {
  queue = queue.then(() =>
    handle(data).then(post, (error: unknown) => {
      if (data.type === 'init') engine = null; // let a later init try again
      post({ id: data.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    }),
  );
};
