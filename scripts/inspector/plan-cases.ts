// The statements whose EXPLAIN output becomes the plan fixtures (tests/fixtures/inspector/plans).
// Each is picked to make PostgreSQL choose one kind of node on the bookstore dataset; `shows`
// says which, and make-fixtures refuses to write a plan that does not contain it, so a planner
// change cannot silently turn the "index-only scan" fixture into something else.

export interface PlanCase {
  name: string;
  /** What a learner would look at in this plan. */
  about: string;
  sql: string;
  /** Node types the plan must contain. */
  shows: string[];
  /** EXPLAIN without ANALYZE (estimates only). */
  estimatesOnly?: boolean;
}

const BOOK_COLUMNS = ['id', 'title', 'author_id', 'publisher_id', 'isbn', 'price', 'pages', 'published', 'rating', 'in_stock', 'metadata', 'created']
  .map((c) => `"bookstore_book"."${c}"`)
  .join(', ');

export const PLAN_CASES: PlanCase[] = [
  {
    name: 'seq-scan-filter',
    about: 'No index on price: every book is read and most are thrown away by the filter.',
    sql: `SELECT ${BOOK_COLUMNS} FROM "bookstore_book" WHERE "bookstore_book"."price" < 10`,
    shows: ['Seq Scan'],
  },
  {
    name: 'index-scan',
    about: 'A primary-key lookup: one probe of the pkey index.',
    sql: `SELECT ${BOOK_COLUMNS} FROM "bookstore_book" WHERE "bookstore_book"."id" = 4242 LIMIT 21`,
    shows: ['Index Scan'],
  },
  {
    name: 'index-only-scan',
    about: 'Only the indexed column is read, in index order; heap fetches show pages not yet marked all-visible.',
    sql: `SELECT "bookstore_book"."published" FROM "bookstore_book" WHERE "bookstore_book"."published" >= '2025-06-01'::date ORDER BY "bookstore_book"."published" DESC LIMIT 20`,
    shows: ['Index Only Scan'],
  },
  {
    name: 'bitmap-heap-scan',
    about: 'An fk index finds the rows of a few authors, then the heap pages are read in order.',
    sql: `SELECT ${BOOK_COLUMNS} FROM "bookstore_book" WHERE "bookstore_book"."author_id" IN (7, 42, 99, 512, 1024)`,
    shows: ['Bitmap Heap Scan', 'Bitmap Index Scan'],
  },
  {
    name: 'hash-join',
    about: 'select_related("author") over many books: the authors are hashed once.',
    sql: `SELECT "bookstore_book"."id", "bookstore_book"."title", "bookstore_author"."id", "bookstore_author"."name" FROM "bookstore_book" INNER JOIN "bookstore_author" ON ("bookstore_book"."author_id" = "bookstore_author"."id") WHERE "bookstore_book"."price" < 10`,
    shows: ['Hash Join', 'Hash'],
  },
  {
    name: 'nested-loop',
    about: 'A few books, each joined to its author through the pkey index.',
    sql: `SELECT "bookstore_book"."id", "bookstore_book"."title", "bookstore_author"."name" FROM "bookstore_book" INNER JOIN "bookstore_author" ON ("bookstore_book"."author_id" = "bookstore_author"."id") WHERE "bookstore_book"."id" IN (3, 99, 777, 1234, 4242)`,
    shows: ['Nested Loop'],
  },
  {
    name: 'merge-join',
    about: 'Two inputs already in key order are merged.',
    sql: `SELECT "bookstore_book"."id", "bookstore_review"."rating" FROM "bookstore_book" INNER JOIN "bookstore_review" ON ("bookstore_review"."book_id" = "bookstore_book"."id") ORDER BY "bookstore_book"."id" ASC`,
    shows: ['Merge Join'],
  },
  {
    name: 'top-n-sort-limit',
    about: 'order_by("-price")[:10]: a top-N sort keeps only ten rows in memory.',
    sql: `SELECT "bookstore_book"."id", "bookstore_book"."title", "bookstore_book"."price" FROM "bookstore_book" ORDER BY "bookstore_book"."price" DESC LIMIT 10`,
    shows: ['Limit', 'Sort'],
  },
  {
    name: 'group-by-aggregate',
    about: 'values("author").annotate(Count("id")): rows grouped by author.',
    sql: `SELECT "bookstore_book"."author_id", COUNT("bookstore_book"."id") AS "n" FROM "bookstore_book" GROUP BY "bookstore_book"."author_id" ORDER BY 2 DESC`,
    shows: ['Aggregate'],
  },
  {
    name: 'initplan-subquery',
    about: 'An uncorrelated subquery (the average price) runs once as an InitPlan.',
    sql: `SELECT "bookstore_book"."id", "bookstore_book"."price" FROM "bookstore_book" WHERE "bookstore_book"."price" > (SELECT AVG(U0."price") FROM "bookstore_book" U0)`,
    shows: ['Seq Scan', 'Aggregate'],
  },
  {
    name: 'subplan-correlated',
    about: 'A correlated Subquery(...) runs once per author as a SubPlan.',
    sql: `SELECT "bookstore_author"."id", "bookstore_author"."name", (SELECT U0."title" FROM "bookstore_book" U0 WHERE U0."author_id" = ("bookstore_author"."id") ORDER BY U0."published" DESC LIMIT 1) AS "latest" FROM "bookstore_author" WHERE "bookstore_author"."id" <= 200`,
    shows: ['Limit'],
  },
  {
    name: 'cte',
    about: 'A materialized CTE is computed once and scanned by the outer query.',
    sql: `WITH "prolific" AS MATERIALIZED (SELECT "author_id", COUNT(*) AS "n" FROM "bookstore_book" GROUP BY "author_id" HAVING COUNT(*) >= 40) SELECT "bookstore_author"."name", "prolific"."n" FROM "prolific" INNER JOIN "bookstore_author" ON ("bookstore_author"."id" = "prolific"."author_id") ORDER BY "prolific"."n" DESC`,
    shows: ['CTE Scan'],
  },
  {
    name: 'estimates-only',
    about: 'EXPLAIN without ANALYZE: the planner\'s estimates, nothing was run.',
    sql: `SELECT "bookstore_book"."id", "bookstore_author"."name", "bookstore_publisher"."name" FROM "bookstore_book" INNER JOIN "bookstore_author" ON ("bookstore_book"."author_id" = "bookstore_author"."id") LEFT OUTER JOIN "bookstore_publisher" ON ("bookstore_book"."publisher_id" = "bookstore_publisher"."id") WHERE "bookstore_book"."published" >= '2020-01-01'::date`,
    shows: ['Hash Join'],
    estimatesOnly: true,
  },
];
