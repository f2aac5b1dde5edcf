# bulk_update: CASE WHEN per row, Decimals, JSON, None, batch_size
from decimal import Decimal
books = list(Book.objects.filter(pk__in=[1, 2, 3, 4]).order_by("pk"))
for i, b in enumerate(books):
    b.price = Decimal("9.99") + i
    b.rating = None if i % 2 else Decimal("4.50")
    b.metadata = {**b.metadata, "note": f"it's #{i}"}
Book.objects.bulk_update(books, ["price", "rating", "metadata"])
authors = list(Author.objects.filter(pk__lte=3).order_by("pk"))
for a in authors:
    a.bio = a.bio + " \\ 100%"
Author.objects.bulk_update(authors, ["bio"], batch_size=2)
result = list(Book.objects.filter(pk__in=[1, 2, 3, 4]).order_by("pk").values_list("price", "rating"))
