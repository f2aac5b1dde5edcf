latest = Book.objects.order_by("-published", "-id")[:3]
authors = (
    Author.objects.filter(id__lte=20)
    .order_by("id")
    .prefetch_related(Prefetch("books", queryset=latest, to_attr="latest_books"))
)
result = [
    (author.name, book.title, book.published)
    for author in authors
    for book in author.latest_books
]
