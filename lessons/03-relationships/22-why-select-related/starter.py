# The first 30 books by id, as (title, publisher name) pairs; None when a book has no publisher.
# Keep working with Book objects (a template would call their methods), but in one query.
books = Book.objects.order_by("id")[:30]
result = [
    (book.title, book.publisher.name if book.publisher else None)
    for book in books
]
