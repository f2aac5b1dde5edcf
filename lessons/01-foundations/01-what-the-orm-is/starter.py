# The five longest books with more than 1,000 pages, as (title, pages), longest first, ties by id.
# This works, but Python does the filtering, sorting and cutting: every book crosses the wire.
books = list(Book.objects.all())
long_books = [b for b in books if b.pages > 1000]
long_books.sort(key=lambda b: (-b.pages, b.id))
result = [(b.title, b.pages) for b in long_books[:5]]
