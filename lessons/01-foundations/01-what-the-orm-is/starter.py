# The five longest books with more than 1,000 pages, as (title, pages), longest first, ties by id.
# This works, but Python does the filtering, sorting and cutting: every book crosses the wire.
rows = list(Book.objects.values_list("id", "title", "pages"))
long_books = [row for row in rows if row[2] > 1000]
long_books.sort(key=lambda row: (-row[2], row[0]))
result = [(title, pages) for _id, title, pages in long_books[:5]]
