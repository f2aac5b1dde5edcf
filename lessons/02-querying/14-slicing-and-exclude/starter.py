# The 2024 catalogue, by title then id, without the books tagged "dark",
# 20 per page. Return page 3 as (id, title) pairs.
PAGE, PER_PAGE = 3, 20

books = (
    Book.objects.filter(published__year=2024)
    .filter(tags__in=Tag.objects.exclude(slug="dark"))
    .order_by("title", "id")
)
rows = list(books.values_list("id", "title"))
result = rows[(PAGE - 1) * PER_PAGE : PAGE * PER_PAGE]
