# Publishers with at least one book priced over 80, as (name, country), by name.
# The rows are right, but count the queries.
result = []
for publisher in Publisher.objects.order_by("name"):
    if publisher.books.filter(price__gt=80).exists():
        result.append((publisher.name, publisher.country))
