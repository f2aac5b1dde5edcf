pairs = Publisher.objects.filter(books__price__gt=80).values_list("name", "country")
result = sorted(set(pairs))
