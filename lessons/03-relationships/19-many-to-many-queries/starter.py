# Books tagged both "noir" and "gothic", as (title, published), in id order.
# The rows are right; the work is split over three queries and Python.
noir = set(Book.objects.filter(tags__slug="noir").values_list("id", flat=True))
gothic = set(Book.objects.filter(tags__slug="gothic").values_list("id", flat=True))
books = Book.objects.filter(id__in=noir & gothic).order_by("id")
result = list(books.values_list("title", "published"))
