from datetime import date

old_author_ids = list(Author.objects.filter(born__lt=date(1950, 1, 1)).values_list("id", flat=True))
result = list(
    Book.objects.filter(author_id__in=old_author_ids, published__year=2025)
    .order_by("id")
    .values_list("id", "title", "author__name")
)
