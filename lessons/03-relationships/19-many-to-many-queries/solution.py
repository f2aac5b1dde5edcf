books = (
    Book.objects.filter(tags__slug="noir")
    .filter(tags__slug="gothic")
    .order_by("id")
)
result = list(books.values_list("title", "published"))
