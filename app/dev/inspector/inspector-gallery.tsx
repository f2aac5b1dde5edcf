'use client';
import { useEffect, useState, type ReactNode } from 'react';
import { ConsoleView, PlanTree, QueryList, ResultView, SqlCode } from '@/components/inspector';
import { formatSql } from '@/lib/sql/format';
import type { ModelInfo } from '@/lib/runtime/protocol';
import type { PlanFixture, RunFixture } from '@/tests/fixtures/inspector/load';

interface GalleryProps {
  runs: RunFixture[];
  plans: PlanFixture[];
  models: ModelInfo[];
}

function Pane({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="min-w-0 rounded-lg border border-zinc-200 dark:border-zinc-800">
      <h3 className="border-b border-zinc-200 px-3 py-1.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:border-zinc-800">{title}</h3>
      {children}
    </section>
  );
}

function Picker({ label, value, options, onChange }: { label: string; value: string; options: { name: string; about: string }[]; onChange: (v: string) => void }) {
  return (
    <label className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-medium">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
        {options.map((o) => (
          <option key={o.name} value={o.name}>
            {o.name}
          </option>
        ))}
      </select>
      <span className="text-zinc-500">{options.find((o) => o.name === value)?.about}</span>
    </label>
  );
}

export function InspectorGallery({ runs, plans, models }: GalleryProps) {
  const [runName, setRunName] = useState(runs[0]?.name ?? '');
  const [planName, setPlanName] = useState(plans[0]?.name ?? '');
  const [dark, setDark] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [event, setEvent] = useState('');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // Read once on load: the screenshot script picks fixtures and theme through the URL.
    const params = new URLSearchParams(location.search);
    /* eslint-disable react-hooks/set-state-in-effect -- one-time sync from the URL after hydration */
    if (params.get('run')) setRunName(params.get('run')!);
    if (params.get('plan')) setPlanName(params.get('plan')!);
    if (params.get('theme') === 'dark') setDark(true);
    setReady(true);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, []);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', dark);
  }, [dark]);

  const run = runs.find((r) => r.name === runName) ?? runs[0];
  const plan = plans.find((p) => p.name === planName) ?? plans[0];
  const reveal = (line: number) => setEvent(`onRevealLine(${line})`);

  return (
    <main data-ready={ready} className="mx-auto max-w-7xl space-y-8 p-4">
      <header className="flex flex-wrap items-center gap-4">
        <h1 className="text-xl font-semibold">Inspector fixtures</h1>
        <button type="button" aria-pressed={dark} onClick={() => setDark(!dark)} className="rounded border border-zinc-300 px-2 py-1 text-sm dark:border-zinc-700">
          Dark mode
        </button>
        <p role="status" className="font-mono text-xs text-zinc-500">
          {event || 'callbacks appear here'}
        </p>
      </header>

      {run && (
        <section aria-labelledby="runs-heading" className="space-y-3">
          <h2 id="runs-heading" className="text-lg font-semibold">
            Run
          </h2>
          <Picker label="Fixture" value={run.name} options={runs} onChange={(v) => { setRunName(v); setSelected(null); }} />
          <pre className="overflow-x-auto rounded bg-zinc-50 p-2 font-mono text-xs dark:bg-zinc-900">{run.code}</pre>
          <div className="grid gap-3 lg:grid-cols-2">
            <Pane title={`Queries (${run.run.queries.length})`}>
              <QueryList
                queries={run.run.queries}
                models={models}
                selected={selected}
                onSelect={(i) => {
                  setSelected(i);
                  setEvent(`onSelect(${i})`);
                }}
                onRevealLine={reveal}
              />
            </Pane>
            <div className="space-y-3">
              <Pane title="Result">
                <ResultView result={run.run.result} failed={!run.run.ok} />
              </Pane>
              <Pane title="Console">
                <ConsoleView stdout={run.run.stdout} error={run.run.error} onRevealLine={reveal} />
              </Pane>
            </div>
          </div>
        </section>
      )}

      {plan && (
        <section aria-labelledby="plans-heading" className="space-y-3">
          <h2 id="plans-heading" className="text-lg font-semibold">
            Plan
          </h2>
          <Picker label="Fixture" value={plan.name} options={plans} onChange={setPlanName} />
          <pre className="overflow-x-auto rounded bg-zinc-50 p-2 text-xs dark:bg-zinc-900">
            <SqlCode sql={formatSql(plan.sql)} />
          </pre>
          <Pane title={plan.analyze ? 'EXPLAIN (ANALYZE, BUFFERS)' : 'EXPLAIN'}>
            <PlanTree plan={plan.plan} />
          </Pane>
        </section>
      )}
    </main>
  );
}
