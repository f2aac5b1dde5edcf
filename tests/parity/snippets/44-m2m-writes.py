# Many-to-many writes: add / remove / set / clear, and through-model rows
book = Book.objects.get(pk=1)
classic, noir, cozy = (Tag.objects.get(slug=s) for s in ("classic", "noir", "cozy"))
book.tags.add(classic, noir)
book.tags.remove(noir)
book.tags.set([cozy, classic])
before = sorted(book.tags.values_list("slug", flat=True))
book.tags.clear()
store = Store.objects.get(pk=1)
store.books.add(Book.objects.get(pk=2), through_defaults={"quantity": 7})
Tag.objects.get(slug="noir").books.add(3, 4)
result = [before, book.tags.count(), store.books.filter(pk=2).count()]
