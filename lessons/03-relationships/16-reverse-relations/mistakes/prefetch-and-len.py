authors = Author.objects.prefetch_related("books").order_by("id")[:30]
result = [(author.name, len(author.books.all())) for author in authors]
