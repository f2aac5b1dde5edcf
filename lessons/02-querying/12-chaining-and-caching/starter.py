# A search form sent these parameters. Build the query from them, then return how many books
# match and the matching (title, price) pairs, ordered by title then id.
params = {"genre": "mystery", "max_price": "10.00", "in_stock": True}

books = Book.objects.filter(published__year__gte=2020)
if params.get("genre"):
    books.filter(metadata__genre=params["genre"])
if params.get("max_price"):
    books = books.filter(price__lte=params["max_price"])
if params.get("in_stock"):
    books = books.filter(in_stock__gt=0)
books = books.order_by("title", "id")

total = books.count()
result = {"count": total, "books": [(book.title, book.price) for book in books]}
