# Negative numbers (psycopg2 adds a leading space), Decimals, floats, big ints
from decimal import Decimal
result = [
    Book.objects.filter(pages__gt=-5).count(),
    Book.objects.filter(price__gt=Decimal("-1.50")).count(),
    Book.objects.filter(price__lt=Decimal("1E+2")).count(),
    Book.objects.filter(price=Decimal("12.990")).count(),
    Store.objects.filter(latitude__lt=-33.5, longitude__gt=151.0).count(),
    Store.objects.filter(longitude__lt=-0.1, longitude__gt=-74.0001).count(),
    Store.objects.filter(latitude__gt=1e-7).count(),
    Book.objects.filter(pk__lt=9223372036854775807, pk__gt=-9223372036854775807).count(),
    Book.objects.filter(pages=F("pages") * -1).count(),
    Store.objects.filter(latitude__gt=-0.0).count(),
]
