# Books published in 2025 whose author was born before 1950, as (id, title, author name),
# ordered by id.
from datetime import date

old_author_ids = list(Author.objects.filter(born__lt=date(1950, 1, 1)).values_list("id", flat=True))
books = Book.objects.filter(author_id__in=old_author_ids, published__year=2025).order_by("id")
result = [(book.id, book.title, book.author.name) for book in books]
