books = Book.objects.filter(tags__slug__in=["noir", "gothic"]).order_by("id")
result = list(books.values_list("title", "published"))
