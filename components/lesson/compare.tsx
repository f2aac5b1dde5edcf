'use client';
// <Compare>: two runnable examples side by side, with "Run both" (one after the other: the lab
// runs one thing at a time, and each run starts from the pristine dataset).
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

type Runner = () => Promise<void>;

const CompareContext = createContext<((run: Runner) => () => void) | null>(null);

/** Lets a RunExample inside a Compare be run by "Run both". */
export function useCompareRegistration(): ((run: Runner) => () => void) | null {
  return useContext(CompareContext);
}

export function Compare({ children }: { children: ReactNode }) {
  const runners = useRef<Runner[]>([]);
  const [running, setRunning] = useState(false);
  const register = useCallback((run: Runner) => {
    runners.current.push(run);
    return () => {
      runners.current = runners.current.filter((r) => r !== run);
    };
  }, []);
  const runAll = async () => {
    setRunning(true);
    try {
      for (const run of runners.current) await run();
    } finally {
      setRunning(false);
    }
  };
  return (
    <CompareContext.Provider value={register}>
      <section aria-label="Comparison" className="my-6">
        <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">{children}</div>
        <button
          type="button"
          onClick={runAll}
          disabled={running}
          className="mt-2 rounded-md bg-emerald-700 px-3 py-1 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 disabled:opacity-60"
        >
          {running ? 'Running\u2026' : 'Run both'}
        </button>
      </section>
    </CompareContext.Provider>
  );
}
