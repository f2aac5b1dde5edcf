# Book 2's tags must become exactly: historical, slow-burn, staff-pick.
# The final tags are right, but every tag costs two queries, and the tag the
# book already had is deleted and inserted again.
book = Book.objects.get(id=2)
book.tags.clear()
for slug in ["historical", "slow-burn", "staff-pick"]:
    book.tags.add(Tag.objects.get(slug=slug))
result = list(book.tags.values_list("slug", flat=True))
