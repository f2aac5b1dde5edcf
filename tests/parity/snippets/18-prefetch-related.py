# prefetch_related: reverse FK, M2M, Prefetch with a queryset and to_attr, nested
recent = Prefetch("books", queryset=Book.objects.filter(published__year__gte=2015).order_by("-published", "id"), to_attr="recent")
authors = list(Author.objects.prefetch_related(recent, "recent__tags").order_by("id")[:5])
tagged = list(Book.objects.prefetch_related("tags").order_by("id")[:10])
stores = list(Store.objects.prefetch_related(
    Prefetch("inventory", queryset=Inventory.objects.filter(quantity__gte=20).order_by("book_id"), to_attr="stocked")
).order_by("id"))
customers = list(Customer.objects.filter(pk__lte=3).prefetch_related("orders__items__book").order_by("pk"))
result = [
    [(a.name, len(a.recent)) for a in authors],
    [[t.name for t in b.tags.all()] for b in tagged][:3],
    [len(s.stocked) for s in stores],
    [sum(len(o.items.all()) for o in c.orders.all()) for c in customers],
]
