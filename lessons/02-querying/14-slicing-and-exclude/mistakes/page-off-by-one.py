PAGE, PER_PAGE = 3, 20

books = (
    Book.objects.filter(published__year=2024)
    .exclude(tags__slug="dark")
    .order_by("title", "id")
)
start = PAGE * PER_PAGE
result = list(books.values_list("id", "title")[start : start + PER_PAGE])
