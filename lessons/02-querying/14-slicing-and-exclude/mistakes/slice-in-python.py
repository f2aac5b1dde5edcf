PAGE, PER_PAGE = 3, 20

books = (
    Book.objects.filter(published__year=2024)
    .exclude(tags__slug="dark")
    .order_by("title", "id")
)
rows = list(books.values_list("id", "title"))
result = rows[(PAGE - 1) * PER_PAGE : PAGE * PER_PAGE]
