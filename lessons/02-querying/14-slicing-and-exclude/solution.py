PAGE, PER_PAGE = 3, 20

# exclude() on a many-to-many drops every book that has the tag, with NOT EXISTS.
books = (
    Book.objects.filter(published__year=2024)
    .exclude(tags__slug="dark")
    .order_by("title", "id")
)
# Slicing the QuerySet (not a list) becomes LIMIT 20 OFFSET 40.
start = (PAGE - 1) * PER_PAGE
result = list(books.values_list("id", "title")[start : start + PER_PAGE])
