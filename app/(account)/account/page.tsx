import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageShell, ServiceUnavailable } from '@/components/account/page-shell';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SignOutButton } from '@/components/account/sign-out-button';
import { currentUser } from '@/lib/server/auth/current-user';

export const metadata: Metadata = { title: 'Account' };
export const dynamic = 'force-dynamic';

export default async function AccountPage() {
  const current = await currentUser();
  if (current.state === 'anonymous') redirect('/sign-in?next=/account');
  if (current.state === 'unavailable') {
    return (
      <PageShell title="Account" narrow>
        <ServiceUnavailable />
      </PageShell>
    );
  }
  const { user } = current;
  return (
    <PageShell title="Account" narrow>
      <dl className="space-y-1 text-sm">
        <div className="flex gap-2">
          <dt className="text-zinc-500 dark:text-zinc-400">Signed in as</dt>
          <dd className="font-medium">{user.email}</dd>
        </div>
        <div className="flex gap-2">
          <dt className="text-zinc-500 dark:text-zinc-400">Role</dt>
          <dd>{user.role}</dd>
        </div>
      </dl>
      <div className="mt-4">
        <SignOutButton />
      </div>
      <hr className="my-8 border-zinc-200 dark:border-zinc-800" />
      <ChangePasswordForm />
    </PageShell>
  );
}
