'use client';
// The lesson workspace: the learner's Python and the SQL side by side, Run, and the inspector
// tabs (Result, Queries, Plan, Console, Checks). Needs a <LabProvider> above it (one lab per
// page). See DESIGN.md, "What a learner sees".
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { Button } from '@/components/ui/button';
import { Tabs } from '@/components/ui/tabs';
import { ThemeToggle } from '@/components/ui/theme';
import { ConsoleView, QueryList } from '@/components/inspector';
import type { RunResult } from '@/lib/runtime/protocol';
import { formatSql } from '@/lib/sql/format';
import { detectNPlusOne } from '@/lib/sql/nplusone';
import { BootStatus } from './boot-status';
import { CodeEditor, type CodeEditorHandle } from './editor/code-editor';
import { usePythonCompletion } from './editor/use-python-completion';
import { useLab } from './lab-context';
import { PlanPanel } from './panels/plan-panel';
import { ResultPanel } from './panels/result-panel';
import { queryBadges } from './query-insights';
import { useLabModels } from './use-lab-models';
import { useMediaQuery } from './use-media-query';
import { useStoredCode } from './use-stored-code';
import { useWorkspaceRun, type LastRun } from './use-workspace-run';
import './workspace.css';

export interface WorkspaceProps {
  /** The exercise's starting code (what "Reset code" restores). */
  starter: string;
  /** The lesson app's models.py, shown in its own tab. */
  modelsSource?: string;
  /** The learner may edit models.py (schema lessons): each run sends it, and the lab restarts
   *  on edited models (LabClient). Kept in localStorage beside the code. */
  modelsEditable?: boolean;
  /** Key of the learner's code in localStorage (one per exercise). */
  storageKey: string;
  /** Time limit of one run (default 10 s). */
  timeLimitMs?: number;
  /** Content of the Checks tab, given the last run. */
  checksSlot?: (last: LastRun | null) => ReactNode;
  /** Called after every run (grading hooks on it). */
  onResult?: (code: string, result: RunResult) => void;
}

type TabId = 'result' | 'queries' | 'plan' | 'console' | 'checks';

const SQL_PLACEHOLDER = '-- Run your code: the SQL of the selected query appears here.\n-- Or type SQL and press Run SQL (Ctrl+Enter here) to run it on the same database.\n';

export function Workspace({ starter, modelsSource, modelsEditable, storageKey, timeLimitMs, checksSlot, onResult }: WorkspaceProps) {
  const lab = useLab();
  const stored = useStoredCode(storageKey, starter);
  const storedModels = useStoredCode(`${storageKey}:models`, modelsSource ?? '');
  const modelsEditor = useRef<CodeEditorHandle>(null);
  const python = useRef<CodeEditorHandle>(null);
  const sqlEditor = useRef<CodeEditorHandle>(null);
  const runs = useWorkspaceRun(lab, timeLimitMs, onResult);
  const [tab, setTab] = useState<TabId>('result');
  const [sourceTab, setSourceTab] = useState<'code' | 'models'>('code');
  const narrow = useMediaQuery('(max-width: 767px)');
  const models = useLabModels(lab);
  usePythonCompletion(models);

  // Stored code arrives after hydration.
  const storedCode = useRef(stored.code);
  useLayoutEffect(() => {
    storedCode.current = stored.code;
  });
  useEffect(() => {
    // Once per exercise after hydration: later edits come from the editor itself.
    if (stored.hydrated) python.current?.setValue(storedCode.current);
  }, [stored.hydrated, storageKey]);

  const result = runs.last?.result ?? null;
  const warnings = useMemo(() => (result ? detectNPlusOne(result.queries, models) : []), [result, models]);
  const nPlusOne = warnings.some((w) => w.kind === 'n-plus-one');
  const selectedSql = result && runs.selected !== null ? (result.queries[runs.selected]?.sql ?? null) : null;

  const revealLine = useCallback((line: number) => {
    setSourceTab('code');
    python.current?.revealLine(line);
  }, []);

  const run = useCallback(async () => {
    const code = python.current?.getValue() ?? stored.code;
    const done = await runs.run(code, modelsEditable ? (modelsEditor.current?.getValue() ?? storedModels.code) : undefined);
    if (!done) return;
    const { result: r } = done;
    python.current?.setBadges(queryBadges(r.queries, detectNPlusOne(r.queries, models)));
    python.current?.setError(r.error?.line ? { line: r.error.line, message: `${r.error.type}: ${r.error.message}` } : null);
    sqlEditor.current?.setValue(r.queries.length ? formatSql(r.queries[0].sql) : SQL_PLACEHOLDER);
    if (!r.ok) setTab('console');
    else setTab((t) => (t === 'console' && !r.stdout ? 'result' : t));
  }, [runs, stored.code, storedModels.code, modelsEditable, models]);

  const selectQuery = useCallback(
    (index: number) => {
      runs.setSelected(index);
      const sql = result?.queries[index]?.sql;
      if (sql) sqlEditor.current?.setValue(formatSql(sql));
    },
    [runs, result],
  );

  const runSql = useCallback(async () => {
    const sql = sqlEditor.current?.getValue().trim();
    if (!sql) return;
    await runs.runSql(sql);
    setTab('result');
  }, [runs]);

  const resetCode = useCallback(() => {
    python.current?.setValue(stored.reset());
    python.current?.setError(null);
    python.current?.setBadges([]);
    // models.py too: "Reset code" returns the whole exercise to where the lesson starts it.
    if (modelsEditable) modelsEditor.current?.setValue(storedModels.reset());
  }, [stored, storedModels, modelsEditable]);

  const resetDatabase = useCallback(async () => {
    await lab.reset().catch(() => undefined);
    runs.clearSqlRun();
  }, [lab, runs]);

  const queryCount = result?.queryCount ?? 0;
  const tabs = [
    { id: 'result', label: 'Result', content: <ResultPanel run={result} sqlRun={runs.sqlRun} /> },
    {
      id: 'queries',
      label: (
        <>
          Queries ({queryCount})
          {warnings.length > 0 && (
            <span className="rounded bg-amber-200 px-1 text-[10px] font-bold text-amber-950 dark:bg-amber-700 dark:text-amber-50" title={nPlusOne ? 'N+1 queries' : 'Duplicate queries'}>
              {nPlusOne ? 'N+1' : '!'}
            </span>
          )}
        </>
      ),
      ariaLabel: `Queries (${queryCount})${nPlusOne ? ', N+1 warning' : warnings.length ? ', duplicate queries' : ''}`,
      content: result ? (
        <QueryList queries={result.queries} models={models} warnings={warnings} selected={runs.selected} onSelect={selectQuery} onRevealLine={revealLine} />
      ) : (
        <p className="p-3 text-sm text-zinc-500 dark:text-zinc-400">Run your code: every query it sends appears here.</p>
      ),
    },
    { id: 'plan', label: 'Plan', content: <PlanPanel sql={selectedSql} explain={lab.explain} /> },
    {
      id: 'console',
      label: (
        <>
          Console
          {result?.error && <span aria-hidden="true" className="h-2 w-2 rounded-full bg-red-600" />}
        </>
      ),
      ariaLabel: result?.error ? 'Console, has an error' : 'Console',
      content: result ? (
        <ConsoleView stdout={result.stdout} error={result.error} onRevealLine={revealLine} />
      ) : (
        <p className="p-3 text-sm text-zinc-500 dark:text-zinc-400">What your code prints, and its errors, appear here.</p>
      ),
    },
    ...(checksSlot ? [{ id: 'checks', label: 'Checks', content: checksSlot(runs.last) }] : []),
  ];

  const busy = runs.running;
  return (
    <section
      aria-label="Lab workspace"
      data-runs={runs.completed}
      onKeyDown={(event) => {
        // Ctrl/Cmd+Enter runs from anywhere in the workspace (the editors bind it themselves).
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
          event.preventDefault();
          void run();
        }
      }}
      className="flex h-full min-h-[32rem] flex-col bg-white text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <div role="toolbar" aria-label="Workspace" className="flex shrink-0 flex-wrap items-center gap-2 border-b border-zinc-200 px-2 py-1.5 dark:border-zinc-800">
        <Button variant="primary" onClick={run} aria-keyshortcuts="Control+Enter Meta+Enter" title="Run (Ctrl+Enter)">
          <span aria-hidden="true">▶</span>
          {busy ? 'Running…' : 'Run'}
        </Button>
        <Button onClick={resetCode} title="Restore the starting code">
          Reset code
        </Button>
        <Button onClick={resetDatabase} title="Put the database back to the lesson's dataset" disabled={lab.status !== 'ready'}>
          Reset database
        </Button>
        <div className="min-w-0 flex-1">
          <BootStatus status={lab.status} progress={lab.progress} bootMs={lab.bootMs} bootSteps={lab.bootSteps} kept={lab.kept} error={lab.error} />
        </div>
        <ThemeToggle />
      </div>
      <Group orientation="vertical" className="min-h-0 flex-1">
        <Panel defaultSize="55%" minSize="20%">
          <Group orientation={narrow ? 'vertical' : 'horizontal'} className="h-full">
            <Panel defaultSize="55%" minSize="20%" className="flex min-w-0 flex-col">
              <div role="tablist" aria-label="Python files" className="flex shrink-0 items-center gap-1 border-b border-zinc-200 px-2 text-xs dark:border-zinc-800">
                <SourceTab selected={sourceTab === 'code'} onClick={() => setSourceTab('code')}>
                  query.py
                </SourceTab>
                {modelsSource && (
                  <SourceTab selected={sourceTab === 'models'} onClick={() => setSourceTab('models')}>
                    models.py
                  </SourceTab>
                )}
              </div>
              <div className="min-h-0 flex-1">
                <div className={sourceTab === 'code' ? 'h-full' : 'hidden'}>
                  <CodeEditor ref={python} language="python" label="Python code" initialValue={stored.code} onChange={stored.save} onRun={run} testId="python-editor" />
                </div>
                {modelsSource && modelsEditable && (
                  <div className={sourceTab === 'models' ? 'h-full' : 'hidden'}>
                    <CodeEditor ref={modelsEditor} language="python" label="models.py" initialValue={storedModels.code} onChange={storedModels.save} onRun={run} testId="models-editor" />
                  </div>
                )}
                {modelsSource && !modelsEditable && sourceTab === 'models' && <CodeEditor language="python" label="models.py (read-only)" initialValue={modelsSource} readOnly testId="models-editor" />}
              </div>
            </Panel>
            <Separator aria-label="Resize the editors" className="w-1.5 bg-zinc-100 hover:bg-emerald-600/40 focus-visible:bg-emerald-600 data-[separator=active]:bg-emerald-600 dark:bg-zinc-900 aria-[orientation=horizontal]:h-1.5 aria-[orientation=horizontal]:w-auto" />
            <Panel defaultSize="45%" minSize="15%" className="flex min-w-0 flex-col">
              <div className="flex shrink-0 items-center gap-2 border-b border-zinc-200 px-2 py-0.5 text-xs dark:border-zinc-800">
                <span className="font-medium">SQL{runs.selected !== null && result ? ` · query #${runs.selected + 1}` : ''}</span>
                <Button variant="ghost" className="ml-auto h-6 px-2 text-xs" onClick={runSql} disabled={runs.sqlRunning || lab.status === 'booting' || lab.status === 'loading'} title="Run this SQL on the lab's database (Ctrl+Enter in the SQL editor)">
                  {runs.sqlRunning ? 'Running SQL…' : 'Run SQL'}
                </Button>
              </div>
              <div className="min-h-0 flex-1">
                <CodeEditor ref={sqlEditor} language="sql" label="SQL" initialValue={SQL_PLACEHOLDER} onRun={runSql} testId="sql-editor" />
              </div>
            </Panel>
          </Group>
        </Panel>
        <Separator aria-label="Resize the editors and the inspector" className="h-1.5 bg-zinc-100 hover:bg-emerald-600/40 focus-visible:bg-emerald-600 data-[separator=active]:bg-emerald-600 dark:bg-zinc-900" />
        <Panel defaultSize="45%" minSize="15%" className="flex min-h-0 flex-col">
          <Tabs label="Inspector" tabs={tabs} selected={tab} onSelect={(id) => setTab(id as TabId)} className="h-full" />
        </Panel>
      </Group>
    </section>
  );
}

function SourceTab({ selected, onClick, children }: { selected: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      onClick={onClick}
      className={`-mb-px border-b-2 px-2 py-1 font-mono focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-emerald-600 ${selected ? 'border-emerald-600' : 'border-transparent text-zinc-500'}`}
    >
      {children}
    </button>
  );
}
