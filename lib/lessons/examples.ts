// Runnable examples in a lesson's prose: fenced code blocks whose meta says `run`
// (```python run, ```sql run). The page turns them into "Run this" blocks (remark-lesson.ts);
// lessons:verify runs each one so a broken example fails CI, not a learner.

export interface RunnableExample {
  lang: 'python' | 'sql';
  code: string;
  /** 1-based line of the opening fence in index.mdx. */
  line: number;
}

// Any indentation: a fence inside a list item is indented like the item's text.
const OPEN = /^( *)(`{3,}|~{3,})\s*([\w-]+)?\s*(.*)$/;

/** `meta` of a fence ("run title=\"x\"") says run. */
export function isRunMeta(meta: string | null | undefined): boolean {
  return /(^|\s)run(\s|$)/.test(meta ?? '');
}

/** The same meta without the `run` flag (for the highlighter, which reads title="..."). */
export function stripRunMeta(meta: string | null | undefined): string {
  return (meta ?? '').replace(/(^|\s)run(?=\s|$)/, ' ').trim();
}

export function runnableExamples(mdx: string): RunnableExample[] {
  const lines = mdx.split(/\r?\n/);
  const found: RunnableExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang = '', meta] = open;
    const close = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end])) end++;
    if ((lang === 'python' || lang === 'sql') && isRunMeta(meta)) {
      // As Markdown does: the code loses the fence's own indentation (up to that many spaces).
      const dedent = new RegExp(`^ {0,${indent.length}}`);
      const code = lines.slice(i + 1, end).map((l) => l.replace(dedent, ''));
      found.push({ lang, code: code.join('\n') + '\n', line: i + 1 });
    }
    i = end;
  }
  return found;
}
