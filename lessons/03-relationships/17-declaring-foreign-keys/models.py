from django.db import models


class Wishlist(models.Model):
    # Deleting a customer deletes their wishlists (Django's Collector does it, in Python).
    customer = models.ForeignKey(
        "bookstore.Customer", on_delete=models.CASCADE, related_name="wishlists"
    )
    name = models.CharField(max_length=60)


class WishlistItem(models.Model):
    wishlist = models.ForeignKey(Wishlist, on_delete=models.CASCADE, related_name="items")
    # A wished-for book cannot be deleted; in filters the relation is called "wished".
    book = models.ForeignKey(
        "bookstore.Book",
        on_delete=models.PROTECT,
        related_name="wishlist_items",
        related_query_name="wished",
    )
    # Optional: who bought it as a gift. NULL until then, and again if that customer leaves.
    gifted_by = models.ForeignKey(
        "bookstore.Customer",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
