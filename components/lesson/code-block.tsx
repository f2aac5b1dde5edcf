import type { ComponentProps } from 'react';

// Fenced code in lessons, already highlighted by shiki at build time: the fence's title="..."
// becomes a caption; fumadocs' extra attributes (icon, tab) are dropped.
export function CodeBlock({ title, className, style, children }: ComponentProps<'pre'> & { title?: string }) {
  const pre = (
    <pre className={`overflow-x-auto rounded-md p-3 text-sm ${className ?? ''}`} style={style} tabIndex={0}>
      {children}
    </pre>
  );
  if (!title) return pre;
  return (
    <figure className="my-3">
      <figcaption className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">{title}</figcaption>
      {pre}
    </figure>
  );
}
