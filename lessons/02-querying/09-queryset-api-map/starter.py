# Four figures for the catalogue's dashboard. Right answers, but most of them are worked out
# in Python from rows PostgreSQL had to send first.
books = Book.objects.all()
rows = list(books.values_list("id", "title", "pages", "price"))  # every book, four columns
prices = [price for _id, _title, _pages, price in rows]

result = {
    "under_5": len(books.filter(price__lt=5)),
    "any_over_80": len(books.filter(price__gt=80)) > 0,
    "longest": sorted(rows, key=lambda row: (-row[2], row[0]))[0][1],
    "price_range": [str(min(prices)), str(max(prices))],
}
