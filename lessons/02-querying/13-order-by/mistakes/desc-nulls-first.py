result = list(
    Book.objects.filter(author_id=16)
    .order_by("-rating", "-published", "id")
    .values_list("id", "title", "rating", "published")
)
