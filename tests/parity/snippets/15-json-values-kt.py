# Key transforms in values(), annotate(), order_by(); KT() and Cast
from django.db.models import IntegerField
from django.db.models.fields.json import KT, KeyTextTransform
from django.db.models.functions import Cast
by_genre = list(Book.objects.values("metadata__genre").annotate(n=Count("id")).order_by("-n", "metadata__genre")[:5])
series = list(
    Book.objects.filter(metadata__has_key="series")
    .annotate(series_name=KT("metadata__series__name"),
              number=Cast(KeyTextTransform("number", "metadata__series"), IntegerField()))
    .order_by("series_name", "-number", "id").values("id", "series_name", "number")[:5]
)
langs = list(Book.objects.order_by(F("metadata__language").desc(), "id").values_list("metadata__language", flat=True)[:3])
result = [by_genre, series, langs]
