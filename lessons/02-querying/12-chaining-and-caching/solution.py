params = {"genre": "mystery", "max_price": "10.00", "in_stock": True}

# Each filter() returns a new QuerySet: keep it, or the condition is lost.
books = Book.objects.filter(published__year__gte=2020)
if params.get("genre"):
    books = books.filter(metadata__genre=params["genre"])
if params.get("max_price"):
    books = books.filter(price__lte=params["max_price"])
if params.get("in_stock"):
    books = books.filter(in_stock__gt=0)
books = books.order_by("title", "id")

# One evaluation: the rows are loaded once, and their number comes from them.
rows = [(book.title, book.price) for book in books]
result = {"count": len(rows), "books": rows}
