# Case / When with values, Q conditions, defaults and output fields
from django.db.models import CharField, IntegerField
band = Case(
    When(price__lt=10, then=Value("cheap")),
    When(Q(price__lt=30) & Q(metadata__format="hardcover"), then=Value("mid 'hard'")),
    When(rating__isnull=True, then=Value("unrated")),
    default=Value("other"), output_field=CharField(),
)
result = [
    list(Book.objects.annotate(band=band).values("band").annotate(n=Count("id")).order_by("band")),
    Book.objects.aggregate(
        cheap=Count(Case(When(price__lt=10, then=1), output_field=IntegerField())),
        weighted=Sum(Case(When(in_stock=0, then=Value(-1)), default=F("in_stock"), output_field=IntegerField())),
    ),
    Order.objects.filter(pk__lte=5).update(status=Case(When(status="pending", then=Value("paid")), default=F("status"))),
]
