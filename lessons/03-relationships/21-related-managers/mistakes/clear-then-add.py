book = Book.objects.get(id=2)
book.tags.clear()
book.tags.add(*Tag.objects.filter(slug__in=["historical", "slow-burn", "staff-pick"]))
result = list(book.tags.values_list("slug", flat=True))
