book = Book.objects.get(id=2)
book.tags.set(["historical", "slow-burn", "staff-pick"])
result = list(book.tags.values_list("slug", flat=True))
