result = list(
    Book.objects.filter(author_id=16)
    .order_by(F("rating").desc(nulls_last=True), "-published")
    .values_list("id", "title", "rating", "published")
)
