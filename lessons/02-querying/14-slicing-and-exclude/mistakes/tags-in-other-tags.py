PAGE, PER_PAGE = 3, 20

books = (
    Book.objects.filter(published__year=2024)
    .filter(tags__in=Tag.objects.exclude(slug="dark"))
    .order_by("title", "id")
)
start = (PAGE - 1) * PER_PAGE
result = list(books.values_list("id", "title")[start : start + PER_PAGE])
