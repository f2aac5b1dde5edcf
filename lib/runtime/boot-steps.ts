// Where a lab's start-up time went, step by step: shown with "Lab ready" and printed by the
// benchmarks, so a slow start can be traced to the step that got slower.

/** Milliseconds per step, in the order the steps ran. */
export type BootSteps = Record<string, number>;

export interface StepClock {
  /** Ends the current step under `name` and starts the next one. */
  lap(name: string): void;
  readonly steps: BootSteps;
}

export function stepClock(now: () => number = () => performance.now()): StepClock {
  let last = now();
  const steps: BootSteps = {};
  return {
    steps,
    lap(name) {
      const t = now();
      steps[name] = Math.round((steps[name] ?? 0) + t - last);
      last = t;
    },
  };
}

/** "Python 1.2 s · PostgreSQL 0.4 s · …", the steps worth naming (50 ms or more). */
export function describeSteps(steps: BootSteps): string {
  return Object.entries(steps)
    .filter(([, ms]) => ms >= 50)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
    .join(' · ');
}
