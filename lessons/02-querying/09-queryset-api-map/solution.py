books = Book.objects.all()
prices = books.aggregate(low=Min("price"), high=Max("price"))

result = {
    "under_5": books.filter(price__lt=5).count(),
    "any_over_80": books.filter(price__gt=80).exists(),
    "longest": books.order_by("-pages", "id").first().title,
    "price_range": [str(prices["low"]), str(prices["high"])],
}
