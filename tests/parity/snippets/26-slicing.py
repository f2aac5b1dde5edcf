# Slicing into LIMIT/OFFSET, first/last/earliest/latest, exists/count, in_bulk, get by index
qs = Book.objects.filter(pages__gt=500)
result = [
    [b.id for b in qs.order_by("id")[5:10]],
    qs.order_by("id")[3].id,
    qs.order_by("id").first().id,
    qs.order_by("id").last().id,
    Order.objects.earliest("created").id,
    Order.objects.latest("created", "id").id,
    qs.exists(),
    qs.filter(pk=-1).exists(),
    qs.count(),
    sorted(Book.objects.in_bulk([1, 2, 3])),
    len(Tag.objects.all()[10:]),
    [b.pk for b in Book.objects.order_by("pk")[:2]],
]
