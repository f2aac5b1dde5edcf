# select_for_update variants (inside atomic)
with transaction.atomic():
    a = list(Book.objects.select_for_update().filter(pk__in=[1, 2]).order_by("pk"))
    b = list(Book.objects.select_for_update(nowait=True).filter(pk=3))
    c = list(Inventory.objects.select_for_update(skip_locked=True).filter(store_id=1).order_by("id")[:2])
    d = list(Book.objects.select_related("author").select_for_update(of=("self",)).filter(pk=4))
    e = list(Book.objects.select_for_update(no_key=True).filter(pk=5))
    f = list(Book.objects.select_related("author").select_for_update(of=("self", "author")).filter(pk=6))
result = [len(a), len(b), len(c), len(d), len(e), len(f)]
