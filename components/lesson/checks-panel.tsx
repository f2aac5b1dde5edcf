'use client';
// The verdicts of the last graded run: each check with pass/fail and its explanation, a known
// mistake's message first when the run matches one. Passing everything calls onComplete once.
import { useEffect, useRef } from 'react';
import type { GradeReport, Verdict } from '@/lib/grading/types';

export interface ChecksPanelProps {
  lessonId: string;
  report: GradeReport | null;
  /** Titles of the checks, shown before the first run. */
  pending: string[];
  grading?: boolean;
  onComplete?: (lessonId: string) => void;
}

const MARK: Record<Verdict['status'], { icon: string; label: string; tone: string }> = {
  pass: { icon: '\u2713', label: 'passed', tone: 'text-emerald-700 dark:text-emerald-400' },
  fail: { icon: '\u2717', label: 'failed', tone: 'text-red-700 dark:text-red-400' },
  error: { icon: '!', label: 'could not be checked', tone: 'text-amber-700 dark:text-amber-400' },
};

export function ChecksPanel({ lessonId, report, pending, grading = false, onComplete }: ChecksPanelProps) {
  const completed = useRef<GradeReport | null>(null);
  useEffect(() => {
    if (report?.passed && completed.current !== report) {
      completed.current = report;
      onComplete?.(lessonId);
    }
  }, [report, lessonId, onComplete]);

  if (!report) {
    return (
      <section aria-label="Checks" className="space-y-2 p-3 text-sm">
        <p className="text-zinc-600 dark:text-zinc-400">{grading ? 'Checking\u2026' : 'Run your code to check it against:'}</p>
        <ul className="space-y-1">
          {pending.map((title) => (
            <li key={title} className="flex gap-2">
              <span aria-hidden className="w-4 text-zinc-400">
                {'\u2022'}
              </span>
              {title}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const passing = report.verdicts.filter((v) => v.status === 'pass').length;
  return (
    <section aria-label="Checks" aria-busy={grading} className="space-y-3 p-3 text-sm">
      <p role="status" className={`font-medium ${report.passed ? MARK.pass.tone : ''}`}>
        {report.passed ? 'All checks pass: exercise complete.' : `${passing} of ${report.verdicts.length} checks pass.`}
        {grading ? ' Checking the new run\u2026' : ''}
      </p>
      {report.mistake ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {report.mistake.message}
        </p>
      ) : null}
      <ul className="space-y-2">
        {report.verdicts.map((v) => (
          <li key={v.id} className="flex gap-2" data-status={v.status}>
            <span aria-hidden className={`w-4 shrink-0 text-center font-bold ${MARK[v.status].tone}`}>
              {MARK[v.status].icon}
            </span>
            <div>
              <p>
                <span className="font-medium">{v.title}</span>
                <span className="sr-only">: {MARK[v.status].label}</span>
              </p>
              <p className="text-zinc-600 dark:text-zinc-400">{v.detail}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
