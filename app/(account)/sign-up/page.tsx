import type { Metadata } from 'next';
import { PageShell } from '@/components/account/page-shell';
import { SignUpForm } from '@/components/account/sign-up-form';
import { safeNext } from '@/components/account/safe-next';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return (
    <PageShell title="Create an account" narrow>
      <p className="mb-6 text-sm text-zinc-600 dark:text-zinc-400">
        An account keeps your progress across devices. Progress you made before signing up comes with you.
      </p>
      <SignUpForm next={safeNext(next)} />
    </PageShell>
  );
}
