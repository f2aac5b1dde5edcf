# iterator(): server-side cursors (DECLARE ... CURSOR WITH HOLD), chunk_size, inside atomic
a = sum(1 for _ in Book.objects.filter(price__lt=5).order_by("id").iterator(chunk_size=100))
b = sum(1 for _ in Review.objects.filter(book_id=1).values_list("rating", flat=True).iterator())
with transaction.atomic():
    c = sum(1 for _ in Author.objects.filter(name__startswith="Ada").order_by("id").iterator(chunk_size=50))
d = [len(b.tags.all()) for b in Book.objects.filter(pk__lte=5).order_by("pk").prefetch_related("tags").iterator(chunk_size=2)]
result = [a, b, c, d]
