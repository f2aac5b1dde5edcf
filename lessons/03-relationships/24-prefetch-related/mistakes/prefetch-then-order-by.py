authors = Author.objects.filter(id__lte=20).order_by("id").prefetch_related("books")
result = [
    (author.name, book.title, book.published)
    for author in authors
    for book in author.books.order_by("-published", "-id")[:3]
]
