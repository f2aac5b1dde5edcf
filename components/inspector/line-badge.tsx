// "line 3": the learner line that caused something; a click asks the workspace to show it.
export interface LineBadgeProps {
  line: number;
  onRevealLine?: (line: number) => void;
  /** Text before the number: "line" by default. */
  label?: string;
}

export function LineBadge({ line, onRevealLine, label = 'line' }: LineBadgeProps) {
  const cls = 'inline-flex items-center rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium tabular-nums text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200';
  if (!onRevealLine) return <span className={cls}>{`${label} ${line}`}</span>;
  return (
    <button
      type="button"
      onClick={(e) => {
        e.stopPropagation();
        onRevealLine(line);
      }}
      aria-label={`Show line ${line} in the editor`}
      className={`${cls} hover:bg-emerald-100 hover:text-emerald-900 focus-visible:outline-2 focus-visible:outline-emerald-600 dark:hover:bg-emerald-900/50 dark:hover:text-emerald-100`}
    >
      {`${label} ${line}`}
    </button>
  );
}
