# The first 30 authors by id, as (name, number of books) pairs.
# It gives the right numbers, but look at the Queries tab.
authors = Author.objects.order_by("id")[:30]
result = [(author.name, author.books.count()) for author in authors]
