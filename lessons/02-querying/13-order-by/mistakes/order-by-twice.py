result = list(
    Book.objects.filter(author_id=16)
    .order_by(F("rating").desc(nulls_last=True))
    .order_by("-published", "id")
    .values_list("id", "title", "rating", "published")
)
