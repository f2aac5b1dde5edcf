# union / intersection / difference with ordering and slicing
cheap = Book.objects.filter(price__lt=5).values_list("id", flat=True)
short = Book.objects.filter(pages__lt=70).values_list("id", flat=True)
result = [
    list(cheap.union(short).order_by("id")[:5]),
    list(cheap.union(short, all=True).order_by("-id")[:3]),
    cheap.intersection(short).count(),
    list(cheap.difference(short).order_by("id")[:3]),
]
