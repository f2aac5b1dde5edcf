'use client';
// One lab per page: LabProvider starts the lab worker (in its sandboxed frame) as soon as it
// mounts, or takes the one the previous lesson page left (same dataset and work app), and every
// consumer (the workspace, lesson prose's runnable examples) reaches it through useLab(). The LabClient does the work; this only mirrors its state into React.
import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { sandboxedLabClient } from '@/lib/lab-frame/lab-client';
import { earlyRuntimeBase } from '@/lib/lab-frame/early-start';
import { LabKeeper } from '@/lib/lab-frame/lab-keeper';
import { prepareLabSandbox } from '@/lib/lab-frame/sandboxed-worker';
import { failedRun, fetchRuntimeBase, type ClientRunOptions, type LabClient, type LabClientBinding, type LabStatus } from '@/lib/runtime/client';
import type { BootSteps } from '@/lib/runtime/boot-steps';
import type { BootProgress, ExplainOptions, ExplainPlan, ModelInfo, RunResult, SqlResult, WorkApp } from '@/lib/runtime/protocol';

export type LabUiStatus = LabStatus | 'loading';

export interface Lab {
  /** `loading` until the runtime manifest is read, then LabClient's status. */
  status: LabUiStatus;
  progress: BootProgress | null;
  /** Boot time of the current worker (ms), once ready. */
  bootMs: number | null;
  /** Where the boot's time went, step by step. */
  bootSteps: BootSteps | null;
  /** The lab was started by an earlier lesson page and handed to this one, ready. */
  kept: boolean;
  /** Why the lab could not start (the next run tries again). */
  error: string | null;
  /** Run learner code (from the pristine dataset unless `reset: false`); never rejects. */
  run(code: string, options?: ClientRunOptions): Promise<RunResult>;
  explain(sql: string, options?: ExplainOptions): Promise<ExplainPlan[]>;
  sql(sql: string, maxRows?: number): Promise<SqlResult>;
  describe(): Promise<ModelInfo[]>;
  /** Back to the pristine dataset (after SQL typed in the SQL editor changed it). */
  reset(): Promise<void>;
}

const LabContext = createContext<Lab | null>(null);

/** The page's kept lab: lesson pages hand it on instead of booting another (lab-keeper.ts). */
const labKeeper = new LabKeeper<LabClient>();

export interface LabProviderProps {
  /** Dataset of the runtime build (e.g. `bookstore`). */
  dataset: string;
  /** Time limit of a run (default 10 s). */
  timeLimitMs?: number;
  /** The learner's own app in a schema lesson: the lab boots with it. */
  workApp?: WorkApp;
  children: ReactNode;
}

export function LabProvider({ dataset, timeLimitMs, workApp, children }: LabProviderProps) {
  const [status, setStatus] = useState<LabUiStatus>('loading');
  const [progress, setProgress] = useState<BootProgress | null>(null);
  const [bootMs, setBootMs] = useState<number | null>(null);
  const [bootSteps, setBootSteps] = useState<BootSteps | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kept, setKept] = useState(false);
  // Requests made before the client exists wait for it.
  // (A holder object from state, not a ref: it is read in callbacks and replaced on remount.)
  const [clientRef] = useState(() => ({ current: deferred() }));
  const timeLimitRef = useRef(timeLimitMs);
  // The lab restarts when the lesson's app changes, not when a parent re-renders a new object.
  const workAppKey = workApp ? JSON.stringify(workApp) : '';
  useLayoutEffect(() => {
    timeLimitRef.current = timeLimitMs;
  });

  useEffect(() => {
    let disposed = false;
    let lab: LabClient | null = null;
    const pending = clientRef.current;
    const key = `${dataset}|${workAppKey}`;
    // The boot a kept lab had finished before this page took it (see `kept`).
    let keptSteps: BootSteps | null = null;
    const binding: LabClientBinding = {
      timeLimitMs: timeLimitRef.current,
      onProgress: setProgress,
      onStatus: (s) => {
        setStatus(s);
        if (s === 'ready') {
          setBootMs(lab?.bootMs ?? null);
          setBootSteps(lab?.bootSteps ?? null);
          setKept(keptSteps !== null && lab?.bootSteps === keptSteps);
          setError(null);
        }
      },
    };
    const adopted = labKeeper.take(key);
    if (adopted) {
      lab = adopted;
      keptSteps = adopted.status === 'ready' ? adopted.bootSteps : null;
      adopted.rebind(binding);
      // The last page may have changed the database from its SQL editor (cheap when it did not).
      adopted.reset().catch(() => undefined);
      adopted.ready().catch((e: Error) => setError(e.message));
      pending.resolve(adopted);
    } else {
      // The frame and the relay worker load while the runtime manifest is fetched (both were
      // started by the page's early-start script when this is the page the browser loaded).
      prepareLabSandbox();
      const start = (base: string) => {
        if (disposed) return;
        lab = sandboxedLabClient(base, dataset, binding, workAppKey ? (JSON.parse(workAppKey) as WorkApp) : undefined);
        lab.ready().catch((e: Error) => setError(e.message));
        pending.resolve(lab);
      };
      const fail = (e: Error) => {
        setError(e.message);
        setStatus('failed');
        pending.reject(e);
      };
      const early = earlyRuntimeBase();
      // Known already: start now, not after whatever else the page does once it has hydrated.
      if (typeof early === 'string') start(early);
      else Promise.resolve(early).then((base) => base ?? fetchRuntimeBase()).then(start, fail);
    }
    return () => {
      disposed = true;
      // The next lesson page (or a remount) takes the lab if it needs the same one.
      if (lab) labKeeper.keep(key, lab);
      clientRef.current = deferred();
    };
  }, [dataset, workAppKey, clientRef]);

  // The functions stay the same objects for the page's life (effects can depend on them); only
  // the state fields change.
  const actions = useMemo(() => {
    const client = () => clientRef.current.client;
    return {
      run: async (code: string, options?: ClientRunOptions) => {
        try {
          const lab = await client();
          return await lab.run(code, { timeLimitMs: timeLimitRef.current, ...options });
        } catch (e) {
          return failedRun('LabError', `The lab did not start: ${e instanceof Error ? e.message : String(e)}`, 0);
        }
      },
      explain: async (sql: string, options?: ExplainOptions) => (await client()).explain(sql, options),
      sql: async (sql: string, maxRows?: number) => (await client()).sql(sql, maxRows),
      describe: async () => (await client()).describe(),
      reset: async () => (await client()).reset(),
    };
  }, [clientRef]);
  const value = useMemo<Lab>(() => ({ status, progress, bootMs, bootSteps, kept, error, ...actions }), [status, progress, bootMs, bootSteps, kept, error, actions]);

  return <LabContext.Provider value={value}>{children}</LabContext.Provider>;
}

export function useLab(): Lab {
  const lab = useContext(LabContext);
  if (!lab) throw new Error('useLab() needs a <LabProvider> above it');
  return lab;
}

function deferred() {
  let resolve!: (c: LabClient) => void;
  let reject!: (e: Error) => void;
  const client = new Promise<LabClient>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  client.catch(() => undefined);
  return { client, resolve, reject };
}
