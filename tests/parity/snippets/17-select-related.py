# select_related over FKs (INNER and LEFT OUTER joins) and a two-hop relation
items = list(OrderItem.objects.select_related("order__customer", "book__author", "book__publisher").order_by("id")[:5])
books = list(Book.objects.select_related("publisher").filter(publisher__country="GB").order_by("-published", "id")[:3])
review = Review.objects.select_related("book").get(pk=7)
result = [[i.order.customer.name for i in items], [b.publisher.name for b in books], review.book.title]
