// A lesson's progress as a small mark with a text label for screen readers.
import type { ProgressStatus } from '@/lib/progress/schema';

export function ProgressMark({ status }: { status: ProgressStatus | undefined }) {
  const [icon, label, tone] =
    status === 'completed'
      ? ['\u2713', 'completed', 'border-emerald-600 bg-emerald-600 text-white']
      : status === 'started'
        ? ['\u2022', 'started', 'border-amber-500 text-amber-600']
        : ['', 'not started', 'border-zinc-300 dark:border-zinc-600'];
  return (
    <span className={`inline-flex size-4 shrink-0 items-center justify-center rounded-full border text-[10px] leading-none ${tone}`}>
      <span aria-hidden>{icon}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
