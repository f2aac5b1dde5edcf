books = Book.objects.prefetch_related("publisher").order_by("id")[:30]
result = [
    (book.title, book.publisher.name if book.publisher else None)
    for book in books
]
