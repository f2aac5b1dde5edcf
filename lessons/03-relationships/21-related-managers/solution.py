book = Book.objects.get(id=2)
wanted = Tag.objects.filter(slug__in=["historical", "slow-burn", "staff-pick"])
book.tags.set(wanted)
result = list(book.tags.values_list("slug", flat=True))
