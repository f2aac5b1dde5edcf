# Lists: ArrayAgg / StringAgg, __in with lists of strings, array parameters
from django.contrib.postgres.aggregates import ArrayAgg, StringAgg
from django.contrib.postgres.fields import ArrayField
from django.db.models import CharField
books = list(
    Book.objects.filter(pk__lte=5).annotate(
        tag_names=ArrayAgg("tags__name", ordering=("tags__name",), distinct=True, default=Value([], output_field=ArrayField(CharField()))),
        tag_line=StringAgg("tags__slug", delimiter="', '", ordering="-tags__slug"),
    ).order_by("pk").values("pk", "tag_names", "tag_line")
)
n = Book.objects.filter(tags__name__in=["classic", "noir", "it's", "Café"]).distinct().count()
m = Tag.objects.filter(slug__in=("cozy", "dark")).count()
result = [books, n, m]
