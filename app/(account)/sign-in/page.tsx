import type { Metadata } from 'next';
import { PageShell } from '@/components/account/page-shell';
import { SignInForm } from '@/components/account/sign-in-form';
import { safeNext } from '@/components/account/safe-next';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return (
    <PageShell title="Sign in" narrow>
      <SignInForm next={safeNext(next)} />
    </PageShell>
  );
}
