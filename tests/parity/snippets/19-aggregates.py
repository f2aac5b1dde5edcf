# annotate / aggregate: Count distinct, Sum, Avg, Min/Max, filter=, default=, StdDev
from decimal import Decimal
from django.db.models import StdDev
totals = Book.objects.aggregate(
    n=Count("id"), authors=Count("author", distinct=True), stock=Sum("in_stock"),
    avg_price=Avg("price"), cheapest=Min("price"), dearest=Max("price"),
    good=Count("id", filter=Q(rating__gte=4)), spread=StdDev("pages"),
    none=Sum("pages", filter=Q(pk__lt=0), default=0),
)
top = list(
    Author.objects.annotate(n=Count("books"), reviews=Count("books__reviews", distinct=True),
                            revenue=Sum(F("books__order_items__quantity") * F("books__order_items__unit_price")),
                            good=Count("books", filter=Q(books__rating__gte=Decimal("4.25"))))
    .filter(n__gt=20).order_by("-n", "id").values("id", "n", "reviews", "good")[:3]
)
by_status = list(Order.objects.values("status").annotate(n=Count("id"), customers=Count("customer", distinct=True)).order_by("status"))
result = [totals["n"], totals["authors"], top, by_status]
