import Link from 'next/link';

const panels = [
  {
    title: 'The SQL it sent',
    body: 'Every statement Django sends, byte for byte as psycopg2 would send it to PostgreSQL, with the line of your code that caused it.',
  },
  {
    title: 'How many queries',
    body: 'A loop that quietly runs 51 queries is flagged on the line that does it, with the select_related or prefetch_related that fixes it.',
  },
  {
    title: 'The plan',
    body: 'EXPLAIN ANALYZE of any query as a readable tree: sequential or index scan, estimated against actual rows, where the time went.',
  },
];

export default function HomePage() {
  return (
    <main className="mx-auto max-w-4xl px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wider text-emerald-700 dark:text-emerald-400">ormlab</p>
      <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">
        Learn how the Django ORM really talks to PostgreSQL.
      </h1>
      <p className="mt-6 text-lg leading-8 text-zinc-600 dark:text-zinc-300">
        A hundred lessons in which you write real Django 5.2 ORM code in the browser and watch what it does to a real
        PostgreSQL 18: nothing to install, no project to set up. Exercises are graded on the answer and on how you got
        it: the query budget, no N+1, an index that is actually used.
      </p>
      <Link
        href="/learn"
        className="mt-8 inline-block rounded-md bg-emerald-700 px-5 py-2.5 font-medium text-white hover:bg-emerald-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600"
      >
        Start the course
      </Link>
      <section aria-label="What you see" className="mt-12 grid gap-6 sm:grid-cols-3">
        {panels.map((p) => (
          <div key={p.title} className="rounded-lg border border-zinc-200 p-5 dark:border-zinc-800">
            <h2 className="font-semibold">{p.title}</h2>
            <p className="mt-2 text-sm leading-6 text-zinc-600 dark:text-zinc-400">{p.body}</p>
          </div>
        ))}
      </section>
    </main>
  );
}
