# The books page of author 16: best rated first, books without reviews (rating NULL) at the
# end, ties by the most recently published. The list must come out the same on every load.
result = list(
    Book.objects.filter(author_id=16)
    .order_by("-rating", "-published")
    .values_list("id", "title", "rating", "published")
)
