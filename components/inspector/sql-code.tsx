// Read-only SQL with its tokens coloured (keywords, names, strings, numbers, placeholders,
// comments). Plain spans: no editor, cheap enough for a list of hundreds of queries.
import { memo } from 'react';
import { tokenize, type TokenType } from '@/lib/sql/tokenize';

const TOKEN_CLASS: Partial<Record<TokenType, string>> = {
  keyword: 'font-semibold text-violet-700 dark:text-violet-300',
  quoted: 'text-sky-800 dark:text-sky-300',
  string: 'text-emerald-700 dark:text-emerald-300',
  number: 'text-amber-700 dark:text-amber-300',
  param: 'text-pink-700 dark:text-pink-300',
  comment: 'italic text-zinc-500 dark:text-zinc-400',
  operator: 'text-zinc-500 dark:text-zinc-400',
};

export interface SqlCodeProps {
  sql: string;
  className?: string;
}

export const SqlCode = memo(function SqlCode({ sql, className = '' }: SqlCodeProps) {
  return (
    <code className={`font-mono ${className}`}>
      {tokenize(sql).map((t, i) => {
        const cls = TOKEN_CLASS[t.type];
        return cls ? (
          <span key={i} className={cls}>
            {t.text}
          </span>
        ) : (
          t.text
        );
      })}
    </code>
  );
});
