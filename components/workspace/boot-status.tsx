'use client';
// The lab's boot progress: one bar through the phases (downloading the runtime with its bytes,
// starting Python, PostgreSQL, loading the dataset, Django), then "Ready". A fixed-height row,
// so nothing below moves while booting; status changes are announced (aria-live).
import { useState } from 'react';
import { describeSteps, type BootSteps } from '@/lib/runtime/boot-steps';
import type { BootPhase, BootProgress } from '@/lib/runtime/protocol';
import type { LabUiStatus } from './lab-context';

// The engine reports phases in this order; downloads happen within them (Pyodide's files while
// Python starts, the snapshot with the dataset), so bytes are tracked beside the phase.
const PHASES: { phase: BootPhase; label: string }[] = [
  { phase: 'python', label: 'Starting Python' },
  { phase: 'dataset', label: 'Loading the dataset' },
  { phase: 'postgres', label: 'Starting PostgreSQL' },
  { phase: 'django', label: 'Starting Django' },
];

export interface BootView {
  phase: BootPhase | null;
  loaded: number;
  total: number;
}

/** Folds one progress event into what the bar shows. */
export function foldProgress(view: BootView, progress: BootProgress | null): BootView {
  if (!progress) return view;
  if (progress.phase === 'download') return { ...view, loaded: progress.loaded ?? view.loaded, total: progress.total ?? view.total };
  return { ...view, phase: progress.phase };
}

export function bootFraction(view: BootView): number {
  const download = view.total > 0 ? Math.min(1, view.loaded / view.total) : 0;
  const index = view.phase === 'ready' ? PHASES.length : Math.max(0, PHASES.findIndex((p) => p.phase === view.phase));
  return Math.min(1, 0.5 * download + 0.5 * (index / PHASES.length));
}

/** `kept`: the lab came ready from the previous lesson page (lab-keeper.ts). */
export function bootLabel(status: LabUiStatus, view: BootView, bootMs: number | null, error: string | null, kept = false): string {
  if (status === 'failed') return `The lab failed to start${error ? `: ${error}` : ''}. Run to try again.`;
  if (status === 'ready' && kept) return 'Lab ready (kept from the previous lesson)';
  if (status === 'ready') return `Lab ready${bootMs !== null ? ` (started in ${(bootMs / 1000).toFixed(1)} s)` : ''}`;
  if (status === 'running') return 'Running…';
  if (status === 'disposed') return 'Lab closed';
  const phase = PHASES.find((p) => p.phase === view.phase)?.label ?? 'Starting the lab';
  const bytes = view.total > 0 && view.loaded < view.total ? ` · downloading the runtime: ${mb(view.loaded)} of ${mb(view.total)} MB` : '';
  return `${phase}…${bytes}`;
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

interface BootStatusProps {
  status: LabUiStatus;
  progress: BootProgress | null;
  bootMs: number | null;
  bootSteps: BootSteps | null;
  kept?: boolean;
  error: string | null;
}

export function BootStatus({ status, progress, bootMs, bootSteps, kept = false, error }: BootStatusProps) {
  // Each render sees only the latest event: remember the phase and the bytes across them.
  const [view, setView] = useState<BootView>({ phase: null, loaded: 0, total: 0 });
  const [seen, setSeen] = useState<BootProgress | null>(null);
  if (progress !== seen) {
    setSeen(progress);
    setView((v) => (status === 'booting' && progress?.phase === 'python' && v.phase === 'django' ? foldProgress({ phase: null, loaded: 0, total: 0 }, progress) : foldProgress(v, progress)));
  }
  const booting = status === 'loading' || status === 'booting';
  // Files are requested as the boot reaches them, so the byte total grows on the way; the bar
  // never moves back because of that.
  const [peak, setPeak] = useState(0);
  const current = booting ? bootFraction(view) : 0;
  if (booting && current > peak) setPeak(current);
  if (!booting && peak !== 0) setPeak(0);
  const fraction = booting ? Math.max(current, peak) : status === 'failed' ? 0 : 1;
  const label = bootLabel(status, view, bootMs, error, kept);
  const steps = status === 'ready' && bootSteps ? describeSteps(bootSteps) : '';
  return (
    <div className="flex h-7 min-w-0 items-center gap-2 text-xs">
      <div
        role="progressbar"
        aria-label="Lab start-up"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
        aria-valuetext={label}
        className={`h-1.5 w-24 shrink-0 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800 ${booting ? '' : 'invisible'}`}
      >
        <div className="h-full bg-emerald-600 transition-[width] duration-200" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
      </div>
      <p
        role="status"
        aria-live="polite"
        data-lab-status={status}
        title={steps ? `Start-up: ${steps}` : undefined}
        className={`truncate ${status === 'failed' ? 'text-red-700 dark:text-red-400' : 'text-zinc-600 dark:text-zinc-400'}`}
      >
        {label}
      </p>
    </div>
  );
}
