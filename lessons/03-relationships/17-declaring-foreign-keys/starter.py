from django.db import IntegrityError

error = None
wishlist = Wishlist.objects.create(customer_id=1, name="Birthday")
for book_id in [7, 999999]:
    try:
        WishlistItem.objects.create(wishlist=wishlist, book_id=book_id)
    except IntegrityError as exc:
        error = exc

with connection.cursor() as cursor:
    constraints = connection.introspection.get_constraints(cursor, "lab_wishlistitem")
index_name = None  # the name of the plain index on book_id

result = [
    type(error).__name__ if error else None,
    Wishlist.objects.count(),
    WishlistItem.objects.count(),
    index_name,
]
