from django.db import IntegrityError

error = None
with transaction.atomic():
    wishlist = Wishlist.objects.create(customer_id=1, name="Birthday")
    for book_id in [7, 999999]:
        try:
            WishlistItem.objects.create(wishlist=wishlist, book_id=book_id)
        except IntegrityError as exc:
            error = exc

with connection.cursor() as cursor:
    constraints = connection.introspection.get_constraints(cursor, "lab_wishlistitem")
index_name = next(
    name
    for name, info in constraints.items()
    if info["columns"] == ["book_id"] and info["index"] and not info["unique"]
)

result = [
    type(error).__name__ if error else None,
    Wishlist.objects.count(),
    WishlistItem.objects.count(),
    index_name,
]
