# values(), values_list(flat / named), expressions in values
from django.db.models.functions import Lower, Upper
result = [
    list(Book.objects.filter(pk__lte=3).order_by("pk").values("id", "title", "author__name", "publisher__name")),
    list(Book.objects.filter(pk__lte=3).order_by("pk").values_list("isbn", flat=True)),
    [r._asdict() for r in Author.objects.filter(pk__lte=2).order_by("pk").values_list("pk", "name", named=True)],
    list(Tag.objects.values(lower=Lower("name"), up=Upper("slug"))[:3]),
    list(Book.objects.filter(pk=1).values_list("tags__name", flat=True).order_by("tags__name")),
]
