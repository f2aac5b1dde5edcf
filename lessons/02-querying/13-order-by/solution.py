# NULLS LAST puts the unrated books at the end; id makes the ordering total.
result = list(
    Book.objects.filter(author_id=16)
    .order_by(F("rating").desc(nulls_last=True), "-published", "id")
    .values_list("id", "title", "rating", "published")
)
