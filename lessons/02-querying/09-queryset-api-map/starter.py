# Four figures for the catalogue's dashboard. Right answers, but most of them are worked out
# in Python from rows PostgreSQL had to send first.
books = Book.objects.all()
under_5 = books.filter(price__lt=5)
over_80 = books.filter(price__gt=80)
prices = [book.price for book in books]

result = {
    "under_5": len(under_5),
    "any_over_80": len(over_80) > 0,
    "longest": sorted(books, key=lambda b: (-b.pages, b.id))[0].title,
    "price_range": [str(min(prices)), str(max(prices))],
}
