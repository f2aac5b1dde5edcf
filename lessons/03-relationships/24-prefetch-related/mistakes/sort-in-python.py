authors = Author.objects.filter(id__lte=20).order_by("id").prefetch_related("books")
result = []
for author in authors:
    books = sorted(author.books.all(), key=lambda book: (book.published, book.id), reverse=True)
    result += [(author.name, book.title, book.published) for book in books[:3]]
