// The query-count badges of the Python editor: how many queries each learner line sent, marked
// as a warning where the inspector's N+1 detection (lib/sql/nplusone.ts) flagged that line.
import type { QueryRecord } from '@/lib/runtime/protocol';
import type { QueryWarning } from '@/lib/sql/nplusone';
import type { LineBadge } from './editor/code-editor';

export function queryBadges(queries: QueryRecord[], warnings: QueryWarning[]): LineBadge[] {
  const counts = new Map<number, number>();
  for (const q of queries) if (q.line !== null) counts.set(q.line, (counts.get(q.line) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([line, count]) => {
    const warning = warnings.find((w) => w.kind === 'n-plus-one' && w.lines.includes(line));
    const queriesText = `${count} ${count === 1 ? 'query' : 'queries'} from this line`;
    return {
      line,
      text: `×${count}`,
      tone: warning ? 'warn' : 'info',
      hover: warning ? `**N+1** · ${queriesText}\n\n${warning.message}${warning.fix ? `\n\nFix: \`${warning.fix}\`` : ''}` : queriesText,
    };
  });
}
