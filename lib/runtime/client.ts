// LabClient: the one object the UI talks to. It owns the lab worker (lib/runtime/worker.ts):
// starts it, waits for its ready handshake, numbers requests and matches replies, and enforces
// the time limit. Python cannot be interrupted from outside its thread, so a runaway run (or a
// run superseded by a newer one) ends the worker; a fresh one boots from the snapshot.
import type {
  BootProgress,
  ClientRequest,
  ExplainOptions,
  ExplainPlan,
  ModelInfo,
  RunOptions,
  RunResult,
  SqlResult,
  WorkerInit,
  WorkerResponse,
} from './protocol';
import type { BootSteps } from './boot-steps';

/** What LabClient needs of a Worker (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: ClientRequest): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

export type LabStatus = 'booting' | 'ready' | 'running' | 'failed' | 'disposed';

/** What a LabClient tells its owner, and the default time limit it applies (see `rebind`). */
export type LabClientBinding = Pick<LabClientOptions, 'onProgress' | 'onStatus' | 'timeLimitMs'>;

export interface LabClientOptions {
  createWorker: () => WorkerLike;
  init: WorkerInit;
  onProgress?: (progress: BootProgress) => void;
  onStatus?: (status: LabStatus) => void;
  /** Default time limit of a run (ms). */
  timeLimitMs?: number;
}

export interface ClientRunOptions extends RunOptions {
  timeLimitMs?: number;
  /** The work app's models.py for this run (schema lessons). Different from the running lab's:
   *  the worker is replaced by one booted with these models (Django cannot reload models). */
  models?: string;
}

export const DEFAULT_TIME_LIMIT_MS = 10_000;

type PendingReply = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** One worker and the requests sent to it. Replaced whole when the worker is ended. */
class WorkerSession {
  readonly worker: WorkerLike;
  readonly ready: Promise<number>;
  readonly pending = new Map<number, PendingReply>();
  isReady = false;
  ended = false;
  resolveReady!: (bootMs: number) => void;
  rejectReady!: (error: Error) => void;
  constructor(worker: WorkerLike) {
    this.worker = worker;
    this.ready = new Promise<number>((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => undefined); // observed by callers of ready()/run(); never unhandled
  }
}

interface ActiveRun {
  settle: (result: RunResult) => void;
  timer: ReturnType<typeof setTimeout> | null;
  /** Whether the request reached the worker (then stopping it means ending the worker). */
  sent: boolean;
}

export class LabClient {
  #options: LabClientOptions;
  #session!: WorkerSession;
  #nextId = 1;
  #run: ActiveRun | null = null;
  #disposed = false;
  #lastStatus: LabStatus = 'booting';
  #lastProgress: BootProgress | null = null;
  bootMs: number | null = null;
  /** Where the last boot's time went (boot-steps.ts). */
  bootSteps: BootSteps | null = null;

  constructor(options: LabClientOptions) {
    this.#options = options;
    this.#start();
  }

  /** The status last announced through onStatus. */
  get status(): LabStatus {
    return this.#lastStatus;
  }

  /**
   * Hand the lab to a new owner (the next lesson page, lab-keeper.ts): its callbacks and time
   * limit replace the old ones, and it hears the current progress and status at once.
   */
  rebind(binding: LabClientBinding): void {
    this.#options = { ...this.#options, ...binding };
    if (this.#lastProgress && this.#lastStatus === 'booting') this.#options.onProgress?.(this.#lastProgress);
    this.#options.onStatus?.(this.#lastStatus);
  }

  /** Resolves with the boot time (ms) once the current worker is ready. */
  ready(): Promise<number> {
    return this.#session.ready;
  }

  /** Run learner code. Never rejects for learner errors: timeouts and cancellations are results. */
  async run(code: string, options: ClientRunOptions = {}): Promise<RunResult> {
    const { timeLimitMs = this.#options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS, models, ...runOptions } = options;
    if (this.#disposed) return failedRun('LabError', 'The lab was closed.', 0);
    this.#cancelRun('Cancelled', 'Cancelled: a newer run replaced this one.');
    const workApp = this.#options.init.workApp;
    if (models !== undefined && !workApp) return failedRun('LabError', 'This lab has no app whose models can be edited.', 0);
    if (workApp && models !== undefined && models !== workApp.models) {
      this.#options = { ...this.#options, init: { ...this.#options.init, workApp: { ...workApp, models } } };
      this.#end(this.#session, 'the models changed');
      this.#start();
    } else if (this.#session.ended) {
      this.#start(); // the last worker failed: try again
    }
    const started = Date.now();
    return new Promise<RunResult>((resolve) => {
      const run: ActiveRun = { settle: resolve, timer: null, sent: false };
      const settle = (result: RunResult) => {
        if (this.#run !== run) return;
        if (run.timer) clearTimeout(run.timer);
        this.#run = null;
        if (!this.#disposed && this.#session.isReady) this.#status('ready');
        resolve(result);
      };
      run.settle = settle;
      this.#run = run;
      const session = this.#session;
      session.ready.then(
        () => {
          if (this.#run !== run) return;
          run.sent = true;
          this.#status('running');
          run.timer = setTimeout(() => {
            this.#cancelRun('TimeoutError', `Stopped after ${formatSeconds(timeLimitMs)}: the code ran longer than the time limit (an endless loop?). The lab restarted from the pristine dataset.`);
          }, timeLimitMs);
          this.#send<RunResult>(session, { type: 'run', code, options: runOptions }).then(settle, (error: Error) =>
            settle(failedRun('LabError', error.message, Date.now() - started)),
          );
        },
        (error: Error) => settle(failedRun('LabError', `The lab did not start: ${error.message}`, Date.now() - started)),
      );
    });
  }

  async explain(sql: string, options?: ExplainOptions): Promise<ExplainPlan[]> {
    const session = this.#session;
    await session.ready;
    return this.#send<ExplainPlan[]>(session, { type: 'explain', sql, options });
  }

  /** Run SQL typed by the learner on the lab's current database (see LabEngine.sql). */
  async sql(sql: string, maxRows?: number): Promise<SqlResult> {
    const session = this.#session;
    await session.ready;
    return this.#send<SqlResult>(session, { type: 'sql', sql, maxRows });
  }

  /** The lesson app's models and fields. */
  async describe(): Promise<ModelInfo[]> {
    const session = this.#session;
    await session.ready;
    return this.#send<ModelInfo[]>(session, { type: 'describe' });
  }

  async reset(): Promise<void> {
    const session = this.#session;
    await session.ready;
    await this.#send<unknown>(session, { type: 'reset' });
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#cancelRun('Cancelled', 'Cancelled: the lab was closed.', false);
    this.#end(this.#session, 'the lab was closed');
    this.#status('disposed');
  }

  #start(): void {
    const worker = this.#options.createWorker();
    const session = new WorkerSession(worker);
    const initId = this.#nextId++;
    worker.onmessage = ({ data }) => {
      if (this.#session !== session) return; // a late message from an ended worker
      if (data.type === 'progress') {
        this.#lastProgress = data.progress;
        this.#options.onProgress?.(data.progress);
      } else if (data.id === initId) {
        if (data.type === 'ready') {
          this.bootMs = data.bootMs;
          this.bootSteps = data.bootSteps;
          session.isReady = true;
          if (!this.#run?.sent) this.#status('ready');
          session.resolveReady(data.bootMs);
        } else if (data.type === 'error') {
          this.#status('failed');
          this.#end(session, data.message); // the next run tries a fresh worker
        }
      } else {
        const reply = session.pending.get(data.id);
        if (!reply) return;
        session.pending.delete(data.id);
        if (data.type === 'error') reply.reject(new Error(data.message));
        else if (data.type === 'result') reply.resolve(data.result);
      }
    };
    worker.onerror = (event) => {
      if (this.#session !== session) return;
      this.#status('failed');
      this.#end(session, `the lab worker failed: ${event.message ?? 'unknown error'}`);
    };
    this.#session = session;
    this.#status('booting');
    worker.postMessage({ id: initId, type: 'init', init: this.#options.init });
  }

  #send<T>(session: WorkerSession, request: DistributiveOmit<ClientRequest, 'id'>): Promise<T> {
    if (this.#disposed) return Promise.reject(new Error('the lab was closed'));
    if (this.#session !== session) return Promise.reject(new Error('the lab restarted before this request was sent'));
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      session.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      session.worker.postMessage({ ...request, id } as ClientRequest);
    });
  }

  /** Settle the active run with an error result; if the worker has it, end and replace the worker. */
  #cancelRun(type: 'Cancelled' | 'TimeoutError', message: string, restart = true): void {
    const run = this.#run;
    if (!run) return;
    // End the worker first, so settling does not announce the old worker as ready.
    if (run.sent) {
      this.#end(this.#session, restart ? 'the lab restarted' : 'the lab was closed');
      if (restart) this.#start();
    }
    run.settle(failedRun(type, message, 0));
  }

  #end(session: WorkerSession, reason: string): void {
    if (session.ended) return;
    session.ended = true;
    session.worker.onmessage = null;
    session.worker.onerror = null;
    session.worker.terminate();
    session.rejectReady(new Error(reason)); // no-op once ready
    for (const reply of session.pending.values()) reply.reject(new Error(reason));
    session.pending.clear();
  }

  #status(status: LabStatus): void {
    this.#lastStatus = status;
    this.#options.onStatus?.(status);
  }
}

/** The runtime base URL of the current build, from public/runtime/manifest.json. */
export async function fetchRuntimeBase(origin = '/runtime/'): Promise<string> {
  const response = await fetch(`${origin}manifest.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`no lab runtime (${response.status}): run \`npm run build:runtime\``);
  const manifest = (await response.json()) as { dir: string };
  return `${origin}${manifest.dir}/`;
}

export function failedRun(type: string, message: string, durationMs: number): RunResult {
  return {
    ok: false,
    result: null,
    stdout: '',
    queries: [],
    queryCount: 0,
    error: { type, message, line: null, traceback: '', sqlstate: null },
    durationMs,
    calls: [],
  };
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
