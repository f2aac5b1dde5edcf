# Q objects (|, &, ~, nested) and F expressions (arithmetic, Decimal, negative)
from decimal import Decimal
q = (Q(price__lt=10) | Q(rating__gte=4.5)) & ~Q(publisher__country="US") & Q(pages__gt=F("in_stock") * 10)
result = [
    Book.objects.filter(q).count(),
    Book.objects.filter(~Q(pk__in=[1, 2]) & Q(pk__lt=5)).count(),
    Book.objects.filter(Q(metadata__genre="horror"), Q(title__startswith="The") | Q(title__endswith="Moon")).count(),
    list(Book.objects.annotate(vat=F("price") * Decimal("1.2"), negative=F("pages") - 1000, half=F("pages") / 2.0,
                               rem=F("pages") % 7, neg=-F("in_stock"))
         .filter(pk__lte=2).order_by("pk").values("pk", "vat", "negative", "half", "rem", "neg")),
    Book.objects.filter(price__gt=F("rating") * 10 - Decimal("0.5")).count(),
    Book.objects.filter(Q()).filter(Q(pk=1) ^ Q(pk__lt=3)).count(),
]
