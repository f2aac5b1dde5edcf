import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AccountNav } from '@/components/account/account-nav';
import { THEME_INIT_SCRIPT } from '@/components/ui/theme-init';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'ormlab', template: '%s · ormlab' },
  description:
    'Learn how the Django ORM really talks to PostgreSQL: write ORM code in the browser and see the SQL, the query count, the rows and the plan.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <AccountNav />
        {children}
      </body>
    </html>
  );
}
