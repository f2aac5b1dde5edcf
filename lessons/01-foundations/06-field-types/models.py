from django.db import models


class Preorder(models.Model):
    """A customer reserves a copy of a book before it is in stock."""

    email = models.EmailField()
    book = models.ForeignKey("bookstore.Book", on_delete=models.CASCADE, related_name="preorders")
    quantity = models.PositiveSmallIntegerField(default=1)
    note = models.CharField(max_length=200, blank=True)
    gift = models.BooleanField(db_default=False)
    channel = models.CharField(max_length=20, db_default="web")
    cancelled = models.DateField(null=True, blank=True)
