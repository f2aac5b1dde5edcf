# The 20 authors with the lowest ids, each with their 3 most recent books
# (latest published first, ties broken by the higher id), as
# (author name, title, published) rows. Right rows, but one query per author.
authors = Author.objects.filter(id__lte=20).order_by("id")
result = [
    (author.name, book.title, book.published)
    for author in authors
    for book in author.books.order_by("-published", "-id")[:3]
]
