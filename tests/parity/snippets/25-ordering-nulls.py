# order_by with nulls_last / nulls_first, descending, expressions, random
from django.db.models.functions import Coalesce, Length
result = [
    list(Author.objects.order_by(F("died").desc(nulls_last=True), "id").values_list("id", flat=True)[:3]),
    list(Author.objects.order_by(F("died").asc(nulls_first=True), "-id").values_list("id", flat=True)[:3]),
    list(Book.objects.order_by(F("rating").desc(nulls_last=True), "-price", "id").values_list("id", flat=True)[:3]),
    list(Book.objects.order_by(Length("title").desc(), Coalesce("publisher__name", Value("~")), "id").values_list("id", flat=True)[:3]),
    len(list(Tag.objects.order_by("?")[:2])),
    list(Tag.objects.order_by("-name").values_list("name", flat=True)[:2]),
]
