// The ORM as learners use it, end to end through the engine: Django 5.2 -> our psycopg2 driver
// -> PGlite (PostgreSQL 18), on the bookstore snapshot. Every run starts from pristine data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabEngine } from '../../lib/runtime/engine';
import { bootBookstore, expectOk, py, table, value } from './boot';

let engine: LabEngine;
beforeAll(async () => { engine = await bootBookstore(); });
afterAll(async () => { await engine?.close(); });

describe('querying', () => {
  it('filters with lookups and returns the rows as a table', async () => {
    const run = await engine.run(py`
      Book.objects.filter(price__lt=5, published__year__gte=2000).values("id", "price").order_by("id")[:3]
    `);
    const t = table(run);
    expect(t.columns).toEqual(['id', 'price']);
    expect(t.rows.length).toBe(3);
    for (const [, price] of t.rows) expect(Number(price)).toBeLessThan(5);
    expect(run.queryCount).toBe(1);
    expect(run.queries[0].sql).toContain('WHERE ("bookstore_book"."price" < 5 AND "bookstore_book"."published" >= \'2000-01-01\'::date)');
    // values() orders by the selected column's position.
    expect(run.queries[0].sql).toMatch(/ORDER BY 1 ASC LIMIT 3$/);
  });

  it('slices into LIMIT/OFFSET and refuses negative indexing', async () => {
    const run = await engine.run(py`
      page = list(Book.objects.order_by("id")[20:30])
      try:
          Book.objects.all()[-1]
      except ValueError as e:
          print(e)
      [b.id for b in page]
    `);
    expect(value(run)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    expect(run.queries[0].sql).toMatch(/LIMIT 10 OFFSET 20$/);
    expect(run.stdout).toContain('Negative indexing is not supported.');
  });

  it('counts 51 queries for the N+1 loop and 1 with select_related, on the right lines', async () => {
    const naive = await engine.run(py`
      for book in Book.objects.order_by("id")[:50]:
          book.author.name
    `);
    expect(naive.queryCount).toBe(51);
    expect(naive.queries.filter((q) => q.line === 2).length).toBe(50);
    expect(naive.queries[0].line).toBe(1);
    const joined = await engine.run(py`
      [b.author.name for b in Book.objects.select_related("author").order_by("id")[:50]]
    `);
    expect(joined.queryCount).toBe(1);
    expect(joined.queries[0].sql).toContain('INNER JOIN "bookstore_author" ON ("bookstore_book"."author_id" = "bookstore_author"."id")');
    expect(value(joined)).toEqual(value(await engine.run('[b.author.name for b in Book.objects.order_by("id")[:50]]')));
  });

  it('uses a LEFT OUTER JOIN for a nullable foreign key', async () => {
    const run = await engine.run('list(Book.objects.select_related("publisher")[:3])');
    expect(run.queries[0].sql).toContain('LEFT OUTER JOIN "bookstore_publisher"');
  });

  it('prefetches reverse and many-to-many relations in one extra query each', async () => {
    const run = await engine.run(py`
      recent = Prefetch("books", queryset=Book.objects.order_by("-published"), to_attr="recent")
      authors = Author.objects.prefetch_related(recent, "recent__tags").order_by("id")[:5]
      [(a.name, len(a.recent), sum(len(b.tags.all()) for b in a.recent)) for a in authors]
    `);
    expectOk(run);
    expect(run.queryCount).toBe(3);
    expect(run.queries[1].sql).toContain('WHERE "bookstore_book"."author_id" IN (');
    expect(run.queries[2].sql).toContain('INNER JOIN "bookstore_book_tags"');
  });

  it('annotates and aggregates with GROUP BY, HAVING and filtered aggregates', async () => {
    const run = await engine.run(py`
      from django.db.models.functions import Round
      qs = (Author.objects.annotate(n=Count("books"), good=Count("books", filter=Q(books__rating__gte=4)))
            .filter(n__gt=3).order_by("-n", "id")[:3])
      totals = Book.objects.aggregate(total=Sum(F("price") * F("in_stock")), avg=Round(Avg("price"), 2))
      result = {"top": [(a.id, a.n, a.good) for a in qs], "totals": totals}
    `);
    const v = value(run) as { top: number[][]; totals: { total: string; avg: string } };
    expect(v.top.length).toBe(3);
    expect(v.top[0][1]).toBeGreaterThanOrEqual(v.top[1][1]);
    const grouped = run.queries.find((q) => q.sql.includes('GROUP BY'))!.sql;
    expect(grouped).toMatch(/GROUP BY "bookstore_author"\."id" HAVING COUNT\("bookstore_book"\."id"\) > 3/);
    expect(grouped).toContain('COUNT("bookstore_book"."id") FILTER (WHERE "bookstore_book"."rating" >= 4');
    expect(Number(v.totals.total)).toBeGreaterThan(0);
  });

  it('combines Q, F, Subquery, OuterRef, Exists and Case/When', async () => {
    const run = await engine.run(py`
      latest = Review.objects.filter(book=OuterRef("pk")).order_by("-created")
      qs = (Book.objects
            .filter(Q(price__lt=10) | ~Q(rating__isnull=True), in_stock__gt=F("pages") / 100)
            .annotate(last_reviewer=Subquery(latest.values("reviewer")[:1]),
                      reviewed=Exists(Review.objects.filter(book=OuterRef("pk"))),
                      band=Case(When(price__lt=10, then=Value("cheap")), default=Value("regular")))
            .order_by("id")[:5])
      [(b.id, b.reviewed, b.band, b.last_reviewer is None or isinstance(b.last_reviewer, str)) for b in qs]
    `);
    const rows = value(run) as [number, boolean, string, boolean][];
    expect(rows.length).toBe(5);
    for (const r of rows) expect(['cheap', 'regular']).toContain(r[2]);
    const sql = run.queries[0].sql;
    expect(sql).toContain('EXISTS(SELECT 1 AS "a" FROM "bookstore_review" U0 WHERE U0."book_id" = ("bookstore_book"."id") LIMIT 1)');
    expect(sql).toContain('CASE WHEN "bookstore_book"."price" < 10 THEN \'cheap\' ELSE \'regular\' END');
    expect(sql).toContain('NOT ("bookstore_book"."rating" IS NULL)');
  });

  it('returns values() as a table and values_list(flat=True) as one column', async () => {
    const dicts = table(await engine.run('Publisher.objects.values("name", "country").order_by("name")[:4]'));
    expect(dicts.columns).toEqual(['name', 'country']);
    const flat = table(await engine.run('Tag.objects.values_list("name", flat=True)[:5]'));
    expect(flat.columns).toEqual(['name']);
    const named = await engine.run('[tuple(r) for r in Tag.objects.values_list("id", "slug", named=True)[:2]]');
    expect((value(named) as unknown[][])[0].length).toBe(2);
  });

  it('evaluates window functions', async () => {
    const run = await engine.run(py`
      from django.db.models import Window
      from django.db.models.functions import RowNumber
      qs = Book.objects.annotate(rank=Window(RowNumber(), partition_by=F("author_id"), order_by=F("price").desc()))
      [b.rank for b in qs.filter(author_id=1)]
    `);
    const ranks = value(run) as number[];
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks.map((_, i) => i + 1));
    expect(run.queries[0].sql).toContain('ROW_NUMBER() OVER (PARTITION BY "bookstore_book"."author_id" ORDER BY "bookstore_book"."price" DESC)');
  });

  it('queries JSONField keys, containment and key presence', async () => {
    const run = await engine.run(py`
      result = {
          "genre": Book.objects.filter(metadata__genre="fantasy").count(),
          "has_key": Book.objects.filter(metadata__has_key="series").count(),
          "contains": Book.objects.filter(metadata__contains={"format": "paperback"}).count(),
          "total": Book.objects.count(),
      }
    `);
    const v = value(run) as Record<string, number>;
    for (const k of ['genre', 'has_key', 'contains']) {
      expect(v[k]).toBeGreaterThan(0);
      expect(v[k]).toBeLessThan(v.total);
    }
    expect(run.queries[0].sql).toContain('("bookstore_book"."metadata" -> \'genre\') = \'"fantasy"\'::jsonb');
    expect(run.queries[2].sql).toContain('"bookstore_book"."metadata" @> \'{"format": "paperback"}\'::jsonb');
  });

  it('runs raw SQL through Manager.raw() and connection.cursor()', async () => {
    const run = await engine.run(py`
      names = [a.name for a in Author.objects.raw("SELECT id, name FROM bookstore_author WHERE id <= %s ORDER BY id", [3])]
      with connection.cursor() as cur:
          cur.execute("SELECT count(*) FROM bookstore_book WHERE price < %s", [10])
          (n,) = cur.fetchone()
      result = [len(names), n > 0]
    `);
    expect(value(run)).toEqual([3, true]);
    expect(run.queries[0].sql).toBe('SELECT id, name FROM bookstore_author WHERE id <= 3 ORDER BY id');
  });

  it('streams iterator() through a server-side cursor', async () => {
    const run = await engine.run('sum(1 for _ in Book.objects.filter(id__lte=2500).iterator(chunk_size=1000))');
    expect(value(run)).toBe(2500);
    expect(run.queryCount).toBe(1);
    expect(run.queries[0].sql).toMatch(/^DECLARE "_django_curs_\d+_\d+_\d+" NO SCROLL CURSOR WITH HOLD FOR SELECT/);
  });

  it('explains a query as JSON with Django, and through the engine with ANALYZE', async () => {
    const run = await engine.run('Book.objects.filter(published__year=2001).explain(format="json")');
    expect(run.queries[0].sql).toMatch(/^EXPLAIN \(FORMAT json\) SELECT/);
    const plan = await engine.explain('SELECT * FROM bookstore_book WHERE published = \'2001-05-01\'');
    const root = (plan[0] as { Plan: Record<string, unknown> }).Plan;
    expect(String(root['Node Type'])).toMatch(/Index Scan|Bitmap Heap Scan/);
    expect(root['Actual Rows']).toBeTypeOf('number');
  });
});

describe('writing', () => {
  it('bulk_create and bulk_update in one statement each, and every run starts pristine', async () => {
    const run = await engine.run(py`
      tags = Tag.objects.bulk_create([Tag(name=f"new {i}", slug=f"new-{i}") for i in range(3)])
      for t in tags:
          t.name = t.name.upper()
      Tag.objects.bulk_update(tags, ["name"])
      Tag.objects.filter(slug__startswith="new-").values_list("name", flat=True)
    `);
    expect(table(run).rows).toEqual([['NEW 0'], ['NEW 1'], ['NEW 2']]);
    // Django 5.2 inserts many rows on PostgreSQL with UNNEST over one array per column.
    expect(run.queries[0].sql).toBe(
      'INSERT INTO "bookstore_tag" ("name", "slug") SELECT * FROM UNNEST((ARRAY[\'new 0\',\'new 1\',\'new 2\'])::varchar[], ' +
      '(ARRAY[\'new-0\',\'new-1\',\'new-2\'])::varchar[]) RETURNING "bookstore_tag"."id"');
    expect(run.queries.some((q) => /^UPDATE "bookstore_tag" SET "name" = \(CASE WHEN \("bookstore_tag"\."id" = 41\) THEN 'NEW 0' .* END\)::varchar\(50\) WHERE "bookstore_tag"\."id" IN \(41, 42, 43\)$/.test(q.sql))).toBe(true);
    const after = await engine.run('Tag.objects.filter(slug__startswith="new-").count()');
    expect(value(after)).toBe(0);
  });

  it('updates with F() atomically and cascades deletes', async () => {
    const run = await engine.run(py`
      before = Book.objects.get(pk=7).in_stock
      Book.objects.filter(pk=7).update(in_stock=F("in_stock") + 5)
      after = Book.objects.get(pk=7).in_stock
      author = Author.objects.annotate(n=Count("books")).filter(n__gt=0).order_by("id").first()
      books = author.books.count()
      OrderItem.objects.filter(book__author=author).delete()
      deleted, per_model = author.delete()
      result = [after - before, per_model.get("bookstore.Book"), books]
    `);
    const [delta, deletedBooks, books] = value(run) as number[];
    expect(delta).toBe(5);
    expect(deletedBooks).toBe(books);
    expect(run.queries.find((q) => q.sql.startsWith('UPDATE "bookstore_book"'))!.sql)
      .toBe('UPDATE "bookstore_book" SET "in_stock" = ("bookstore_book"."in_stock" + 5) WHERE "bookstore_book"."id" = 7');
  });

  it('commits atomic blocks, rolls back savepoints, and shows them as queries', async () => {
    const run = await engine.run(py`
      from django.db import IntegrityError
      with transaction.atomic():
          Tag.objects.create(name="kept", slug="kept")
          try:
              with transaction.atomic():
                  Tag.objects.create(name="dropped", slug="dropped")
                  raise RuntimeError("undo")
          except RuntimeError:
              pass
      sorted(Tag.objects.filter(slug__in=["kept", "dropped"]).values_list("slug", flat=True))
    `);
    expect(value(run)).toEqual(['kept']);
    const sqls = run.queries.map((q) => q.sql);
    expect(sqls.some((s) => /^SAVEPOINT "s\d+_x1"$/.test(s))).toBe(true);
    expect(sqls.some((s) => /^ROLLBACK TO SAVEPOINT "s\d+_x1"$/.test(s))).toBe(true);
    expect(run.queries.filter((q) => q.sql.startsWith('INSERT')).every((q) => q.inTransaction)).toBe(true);
  });

  it('raises IntegrityError with its SQLSTATE and the connection stays usable', async () => {
    const run = await engine.run(py`
      from django.db import IntegrityError
      try:
          with transaction.atomic():
              Review.objects.create(book_id=1, reviewer="x", rating=9, created="2024-01-01T00:00:00Z")
      except IntegrityError as e:
          print(type(e.__cause__).__name__, e.__cause__.pgcode)
      Tag.objects.count() > 0
    `);
    expect(value(run)).toBe(true);
    expect(run.stdout).toContain('CheckViolation 23514');
    const failing = await engine.run('Author.objects.create(name="dup", email=Author.objects.first().email, born="1970-01-01")');
    expect(failing.ok).toBe(false);
    expect(failing.error).toMatchObject({ type: 'IntegrityError', sqlstate: '23505', line: 1 });
    expect(failing.error!.traceback).toContain('File "query.py", line 1');
    expect(failing.error!.message).toContain('duplicate key value violates unique constraint');
    expect(value(await engine.run('Author.objects.filter(name="dup").count()'))).toBe(0);
  });

  it('locks rows with select_for_update inside a transaction', async () => {
    const run = await engine.run(py`
      with transaction.atomic():
          book = Book.objects.select_for_update().get(pk=3)
          book.in_stock += 1
          book.save(update_fields=["in_stock"])
      Book.objects.select_for_update(nowait=True).filter(pk=3)
    `);
    expect(run.queries[0].sql).toMatch(/WHERE "bookstore_book"\."id" = 3 LIMIT 21 FOR UPDATE$/);
    // Evaluating a select_for_update() QuerySet outside a transaction is an error in Django.
    expect(run.ok).toBe(false);
    expect(run.error!.type).toBe('TransactionManagementError');
  });
});

describe('postgres features', () => {
  it('searches full text with SearchVector, SearchQuery and SearchRank', async () => {
    const run = await engine.run(py`
      from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
      vector = SearchVector("title", weight="A") + SearchVector("author__name", weight="B")
      query = SearchQuery("house | sea", search_type="raw")
      qs = Book.objects.annotate(rank=SearchRank(vector, query)).filter(rank__gt=0).order_by("-rank", "id")
      result = qs.count() > 0
    `);
    expect(value(run)).toBe(true);
    expect(run.queries[0].sql).toContain("to_tsquery('house | sea')");
  });

  it('measures trigram similarity with pg_trgm', async () => {
    const run = await engine.run(py`
      from django.contrib.postgres.search import TrigramSimilarity
      with connection.cursor() as c:
          c.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
      Author.objects.annotate(s=TrigramSimilarity("name", "Ada Quin")).filter(s__gt=0.3).order_by("-s").values_list("name", flat=True)[:3]
    `);
    const t = table(run);
    expect(t.rows.length).toBeGreaterThan(0);
    expect(run.queries[1].sql).toContain('SIMILARITY("bookstore_author"."name", \'Ada Quin\')');
  });

  it('runs the async ORM: acount, aget and async for', async () => {
    const run = await engine.run(py`
      n = await Book.objects.filter(price__lt=10).acount()
      first = await Author.objects.aget(pk=1)
      names = [t.name async for t in Tag.objects.order_by("name")[:3]]
      result = [n > 0, first.pk, len(names)]
    `);
    expect(value(run)).toEqual([true, 1, 3]);
    expect(run.queryCount).toBe(3);
    expect(run.queries.map((q) => q.line)).toEqual([1, 2, 3]);
  });

  it('fires signals and runs custom managers, querysets and lookups', async () => {
    const run = await engine.run(py`
      from django.db.models import Lookup
      from django.db.models.signals import post_save

      class NotEqual(Lookup):
          lookup_name = "ne"
          def as_sql(self, compiler, connection):
              lhs, lhs_params = self.process_lhs(compiler, connection)
              rhs, rhs_params = self.process_rhs(compiler, connection)
              return f"{lhs} <> {rhs}", lhs_params + rhs_params

      models.CharField.register_lookup(NotEqual)

      class BookQuerySet(models.QuerySet):
          def cheap(self):
              return self.filter(price__lt=10)

      seen = []
      def on_save(sender, instance, created, **kwargs):
          seen.append((sender.__name__, created))
      post_save.connect(on_save, sender=Tag, weak=False)
      try:
          Tag.objects.create(name="signal", slug="signal")
          cheap = BookQuerySet(model=Book).cheap().filter(title__ne="x").count()
      finally:
          post_save.disconnect(on_save, sender=Tag)
          models.CharField._unregister_lookup(NotEqual)
      result = [seen, cheap > 0]
    `);
    expect(value(run)).toEqual([[['Tag', true]], true]);
    expect(run.queries.at(-1)!.sql).toContain('"bookstore_book"."title" <> \'x\'');
  });

  it('switches schemas per tenant with search_path', async () => {
    const run = await engine.run(py`
      with connection.cursor() as c:
          c.execute("CREATE SCHEMA tenant_a")
          c.execute("CREATE TABLE tenant_a.bookstore_tag (LIKE public.bookstore_tag INCLUDING ALL)")
          c.execute("SET search_path TO tenant_a, public")
      Tag.objects.create(name="only in a", slug="only-a")
      in_a = list(Tag.objects.values_list("slug", flat=True))
      with connection.cursor() as c:
          c.execute("SET search_path TO public")
      result = [in_a, Tag.objects.filter(slug="only-a").exists()]
    `);
    expect(value(run)).toEqual([['only-a'], false]);
    // The SET changed session state: the next run must not see tenant_a at all.
    const clean = await engine.run(py`
      with connection.cursor() as c:
          c.execute("SELECT count(*) FROM pg_namespace WHERE nspname = 'tenant_a'")
          result = c.fetchone()[0]
    `);
    expect(value(clean)).toBe(0);
  });
});

describe('learner errors', () => {
  it('reports a syntax error on its line without running anything', async () => {
    const run = await engine.run('x = 1\nBook.objects.filter(\n');
    expect(run.ok).toBe(false);
    expect(run.error).toMatchObject({ type: 'SyntaxError', line: 2 });
    expect(run.queryCount).toBe(0);
  });

  it('trims tracebacks to the learner frames', async () => {
    const run = await engine.run('def f():\n    return Book.objects.get(pk=-1)\n\nf()\n');
    expect(run.error).toMatchObject({ type: 'DoesNotExist', line: 2 });
    expect(run.error!.traceback).toContain('File "query.py", line 4, in <module>');
    expect(run.error!.traceback).toContain('File "query.py", line 2, in f');
    expect(run.error!.traceback).not.toContain('django/db');
  });

  it('caps stdout and says so', async () => {
    const run = await engine.run('for i in range(50000):\n    print("x" * 10)\n', { maxOutput: 1000 });
    expect(run.stdout.length).toBeLessThan(1200);
    expect(run.stdout).toMatch(/output truncated: \d+ more characters/);
  });

  it('caps table rows but keeps the exact row count', async () => {
    const t = table(await engine.run('Book.objects.all()', { maxRows: 50 }));
    expect(t.rows.length).toBe(50);
    expect(t.rowCount).toBe(20000);
    expect(t.truncated).toBe(true);
  });
});
