# delete() with CASCADE (customer -> orders -> items), SET_NULL (publisher -> books), a fast delete
customer = Customer.objects.annotate(n=Count("orders")).filter(n=2).order_by("id").first()
c = customer.delete()
p = Publisher.objects.get(pk=50).delete()
r = Review.objects.filter(book_id=1, rating__lte=2).delete()
t = Tag.objects.filter(slug="war").delete()
result = [c, p, r, t]
