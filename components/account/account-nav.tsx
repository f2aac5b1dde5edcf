'use client';
import Link from 'next/link';
import { authClient } from './auth-client';

const link = 'rounded-md px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800';

/**
 * The site header. A client component on purpose: it reads the session with a fetch, so pages
 * stay static and keep working when the accounts database is unreachable.
 */
export function AccountNav() {
  const { data, isPending } = authClient.useSession();
  const role = (data?.user as { role?: string } | undefined)?.role;
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <nav aria-label="Site" className="mx-auto flex max-w-4xl items-center gap-2 px-6 py-3 text-sm">
        <Link href="/" className="mr-auto font-semibold text-emerald-700 dark:text-emerald-400">
          ormlab
        </Link>
        <Link href="/progress" className={link}>
          My progress
        </Link>
        {role === 'instructor' ? (
          <Link href="/instructor" className={link}>
            Instructor
          </Link>
        ) : null}
        {isPending ? null : data ? (
          <Link href="/account" className={link}>
            Account
          </Link>
        ) : (
          <>
            <Link href="/sign-in" className={link}>
              Sign in
            </Link>
            <Link href="/sign-up" className={`${link} font-medium text-emerald-700 dark:text-emerald-400`}>
              Sign up
            </Link>
          </>
        )}
      </nav>
    </header>
  );
}
