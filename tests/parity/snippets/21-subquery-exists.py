# Subquery / OuterRef / Exists, including ~Exists and an aggregate subquery
newest = Book.objects.filter(author=OuterRef("pk")).order_by("-published", "-id")
reviewed_5 = Review.objects.filter(book=OuterRef("pk"), rating=5)
item_total = (OrderItem.objects.filter(order=OuterRef("pk")).values("order")
              .annotate(total=Sum(F("quantity") * F("unit_price"))).values("total"))
result = [
    list(Author.objects.annotate(latest=Subquery(newest.values("title")[:1]),
                                 latest_year=Subquery(newest.values("published__year")[:1]))
         .order_by("id").values("id", "latest", "latest_year")[:3]),
    Book.objects.filter(Exists(reviewed_5)).count(),
    Book.objects.filter(~Exists(Review.objects.filter(book=OuterRef("pk")))).count(),
    list(Order.objects.annotate(total=Subquery(item_total)).filter(total__gt=200).order_by("-total", "id").values_list("id", "total")[:3]),
    Author.objects.filter(pk__in=Subquery(Book.objects.filter(price__gt=80).values("author_id"))).count(),
]
