// The learner snippets whose runs become the query-list fixtures (tests/fixtures/inspector/runs):
// the classic N+1 loops, their fixed versions, a duplicate query, and runs with a table result
// and an error for the developer page. Each is real Django on the bookstore snapshot.

export interface RunCase {
  name: string;
  about: string;
  code: string;
}

export const RUN_CASES: RunCase[] = [
  {
    name: 'forward-fk-loop',
    about: 'Each book fetches its author: 1 + 50 queries.',
    code: `for b in Book.objects.all()[:50]:
    print(b.title, "by", b.author.name)
`,
  },
  {
    name: 'forward-fk-fixed',
    about: 'select_related("author") joins the authors into the first query.',
    code: `for b in Book.objects.select_related("author")[:50]:
    print(b.title, "by", b.author.name)
`,
  },
  {
    name: 'reverse-fk-count-loop',
    about: 'Each author counts its books with its own query.',
    code: `authors = Author.objects.order_by("id")[:30]
for a in authors:
    print(a.name, a.books.count())
`,
  },
  {
    name: 'reverse-fk-all-loop',
    about: 'Each author lists its books with its own query.',
    code: `for a in Author.objects.order_by("id")[:25]:
    titles = [b.title for b in a.books.all()]
    print(a.name, len(titles))
`,
  },
  {
    name: 'reverse-fk-fixed',
    about: 'prefetch_related("books") loads every author\'s books in one more query.',
    code: `for a in Author.objects.prefetch_related("books").order_by("id")[:25]:
    titles = [b.title for b in a.books.all()]
    print(a.name, len(titles))
`,
  },
  {
    name: 'reverse-fk-annotated',
    about: 'annotate(Count("books")) counts in the first query.',
    code: `authors = Author.objects.annotate(n=Count("books")).order_by("id")[:30]
for a in authors:
    print(a.name, a.n)
`,
  },
  {
    name: 'm2m-loop',
    about: 'Each book fetches its tags through the m2m table.',
    code: `books = Book.objects.order_by("id")[:40]
for b in books:
    print(b.title, [t.name for t in b.tags.all()])
`,
  },
  {
    name: 'm2m-fixed',
    about: 'prefetch_related("tags") loads all the tags in one more query.',
    code: `books = Book.objects.prefetch_related("tags").order_by("id")[:40]
for b in books:
    print(b.title, [t.name for t in b.tags.all()])
`,
  },
  {
    name: 'm2m-through-count-loop',
    about: 'Store.books goes through Inventory; each store counts its books.',
    code: `for store in Store.objects.order_by("id"):
    print(store.name, store.books.count())
`,
  },
  {
    name: 'nested-fk-loop',
    about: 'Reviews come with their book, but each book still fetches its author.',
    code: `reviews = Review.objects.select_related("book").order_by("id")[:20]
for r in reviews:
    print(r.reviewer, "on", r.book.title, "by", r.book.author.name)
`,
  },
  {
    name: 'duplicate-query',
    about: 'count() asks the database every time; the same SQL runs three times.',
    code: `cheap = Book.objects.filter(price__lt=5)
print(cheap.count())
print(cheap.count(), "cheap books")
print(Book.objects.filter(price__lt=5).count())
`,
  },
  {
    name: 'explicit-gets-loop',
    about: 'Twenty get() calls by id with no parent query: a loop, but no relation to name.',
    code: `names = []
for pk in range(1, 21):
    names.append(Author.objects.get(pk=pk).name)
names
`,
  },
  {
    name: 'two-gets',
    about: 'Two gets on one line: below the N+1 threshold, so no warning.',
    code: `[Book.objects.get(pk=pk).title for pk in (1, 2)]
`,
  },
  {
    name: 'table-result',
    about: 'A values() queryset: a table with NULLs, more rows than one page.',
    code: `Book.objects.values("id", "title", "publisher__name", "rating", "price").filter(id__gt=700).order_by("id")[:130]
`,
  },
  {
    name: 'integrity-error',
    about: 'A unique violation: the error names SQLSTATE 23505 and the learner line.',
    code: `first = Publisher.objects.order_by("id").first()
print("copying", first.name)
Publisher.objects.create(name=first.name, country="GB", founded=1900)
`,
  },
];
