# None and booleans as values and expressions
from django.db.models import BooleanField, ExpressionWrapper
rows = list(
    Book.objects.annotate(
        expensive=ExpressionWrapper(Q(price__gt=50), output_field=BooleanField()),
        yes=Value(True), no=Value(False), nothing=Value(None, output_field=BooleanField()),
    ).filter(expensive=True, pk__lte=3000).order_by("pk").values("pk", "expensive", "yes", "no", "nothing")[:3]
)
result = [
    rows,
    Book.objects.filter(Q(rating=None) | Q(in_stock=0)).count(),
    Book.objects.annotate(out=ExpressionWrapper(Q(in_stock=0), output_field=BooleanField())).filter(out=False).count(),
    Author.objects.filter(died__isnull=False).filter(died=None).count(),
]
