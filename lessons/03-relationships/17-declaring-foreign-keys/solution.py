from django.db import IntegrityError

error = None
try:
    # The foreign keys are DEFERRABLE INITIALLY DEFERRED: PostgreSQL checks them at COMMIT,
    # so the error comes out of the end of the with block, not out of create().
    with transaction.atomic():
        wishlist = Wishlist.objects.create(customer_id=1, name="Birthday")
        WishlistItem.objects.bulk_create(
            WishlistItem(wishlist=wishlist, book_id=book_id) for book_id in [7, 999999]
        )
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
