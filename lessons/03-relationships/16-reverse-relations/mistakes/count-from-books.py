from django.db.models import Count

rows = (
    Book.objects.filter(author_id__lte=30)
    .values("author__name")
    .annotate(book_count=Count("id"))
    .order_by("author_id")
)
result = [(row["author__name"], row["book_count"]) for row in rows]
