# in / range / gt / gte / lt / lte with ints, Decimals and a subquery
from decimal import Decimal
result = [
    list(Book.objects.filter(pk__in=[3, 1, 2]).order_by("pk").values_list("pk", flat=True)),
    Book.objects.filter(id__in=(10, 20, 30, 40)).count(),
    Book.objects.filter(price__range=(Decimal("9.99"), Decimal("19.99"))).count(),
    Book.objects.filter(pages__gt=300, pages__lte=400).count(),
    Book.objects.filter(rating__gte=Decimal("4.5"), rating__lt=5).count(),
    Book.objects.filter(author__in=Author.objects.filter(name__startswith="Zoe")).count(),
    Book.objects.filter(pk__in=[]).count(),
]
