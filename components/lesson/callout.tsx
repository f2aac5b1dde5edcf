import type { ReactNode } from 'react';

// <Callout type="note|tip|warning" title="...">: an aside in the prose.
const TONES = {
  note: 'border-zinc-400 bg-zinc-50 dark:bg-zinc-900',
  tip: 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40',
  warning: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
} as const;

export function Callout({ type = 'note', title, children }: { type?: keyof typeof TONES; title?: string; children: ReactNode }) {
  const tone = TONES[type] ?? TONES.note;
  return (
    <aside role="note" aria-label={title ?? type} className={`my-4 rounded-md border-l-4 px-4 py-2 ${tone}`}>
      {title ? <p className="!my-1 font-semibold">{title}</p> : null}
      <div className="lesson-callout-body">{children}</div>
    </aside>
  );
}
