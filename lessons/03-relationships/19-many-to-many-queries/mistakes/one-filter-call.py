books = Book.objects.filter(Q(tags__slug="noir") & Q(tags__slug="gothic")).order_by("id")
result = list(books.values_list("title", "published"))
