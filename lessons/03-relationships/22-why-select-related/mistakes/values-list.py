result = list(Book.objects.order_by("id").values_list("title", "publisher__name")[:30])
