import type { ReactNode } from 'react';

export function PageShell({ title, narrow = false, children }: { title: string; narrow?: boolean; children: ReactNode }) {
  return (
    <main className={`mx-auto px-6 py-12 ${narrow ? 'max-w-md' : 'max-w-4xl'}`}>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <div className="mt-8">{children}</div>
    </main>
  );
}

/** Shown instead of a page when the accounts database cannot be reached. */
export function ServiceUnavailable() {
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <h2 className="font-semibold">Accounts are unavailable right now</h2>
      <p className="mt-2 text-sm">
        The progress database cannot be reached. The lessons still work, and what you do is kept in this browser
        until it can be saved. Try again in a few minutes.
      </p>
    </div>
  );
}
