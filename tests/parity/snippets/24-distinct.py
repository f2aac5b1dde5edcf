# distinct() and distinct(*fields) (DISTINCT ON)
latest = Book.objects.order_by("author_id", "-published", "-id").distinct("author_id")
result = [
    list(latest.values_list("author_id", "id")[:5]),
    Book.objects.values("metadata__genre").distinct().count(),
    list(Order.objects.order_by("customer", "-created").distinct("customer").values_list("customer", "id")[:3]),
    Book.objects.filter(tags__slug__in=["noir", "cozy"]).distinct().count(),
]
