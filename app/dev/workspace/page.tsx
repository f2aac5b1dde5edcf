// Developer page: the lesson workspace on fixture starters (fixtures.ts), for trying it out and
// for the Playwright tests (e2e/workspace.spec.ts). `?fixture=NAME&timeLimit=MS`.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { LabProvider } from '@/components/workspace/lab-context';
import { LabEarlyStart } from '@/components/workspace/lab-early-start';
import { Workspace } from '@/components/workspace/Workspace';
import { DEFAULT_FIXTURE, WORKSPACE_FIXTURES } from './fixtures';

export const metadata: Metadata = { title: 'Workspace (developer)', robots: { index: false } };

interface Props {
  searchParams: Promise<{ fixture?: string; timeLimit?: string }>;
}

export default async function DevWorkspacePage({ searchParams }: Props) {
  const params = await searchParams;
  const name = params.fixture && params.fixture in WORKSPACE_FIXTURES ? params.fixture : DEFAULT_FIXTURE;
  const timeLimitMs = Number(params.timeLimit) || undefined;
  const fixture = WORKSPACE_FIXTURES[name];
  const host = (await headers()).get('host') ?? 'localhost:3000';
  const origin = `http://${host}`;
  return (
    <main className="flex h-[calc(100dvh-3.25rem)] flex-col">
      <LabEarlyStart />
      <nav aria-label="Fixtures" className="flex shrink-0 flex-wrap items-center gap-3 border-b border-zinc-200 px-3 py-1.5 text-xs dark:border-zinc-800">
        <h1 className="font-semibold">Workspace fixtures</h1>
        {/* Not prefetched: each prefetch renders this dynamic page on the server, eight of them
            while the lab boots (the e2e tests and bench:browser time that boot). */}
        {Object.entries(WORKSPACE_FIXTURES).map(([key, fixture]) => (
          <Link key={key} href={`/dev/workspace?fixture=${key}`} prefetch={false} aria-current={key === name ? 'page' : undefined} className="underline-offset-2 hover:underline aria-[current=page]:font-semibold">
            {fixture.title}
          </Link>
        ))}
      </nav>
      <div className="min-h-0 flex-1">
        <LabProvider dataset="bookstore" timeLimitMs={timeLimitMs} workApp={fixture.models ? { label: 'lab', models: fixture.models } : undefined}>
          <Workspace
            key={name}
            starter={fixture.starter(origin)}
            modelsSource={fixture.models}
            modelsEditable={Boolean(fixture.models)}
            storageKey={`dev-workspace:${name}`}
            timeLimitMs={timeLimitMs}
          />
        </LabProvider>
      </div>
    </main>
  );
}
