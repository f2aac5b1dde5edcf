from django.db import models


class PriceAlert(models.Model):
    """A customer asks to be told when a book costs at most target_price."""

    customer = models.ForeignKey("bookstore.Customer", on_delete=models.CASCADE, related_name="price_alerts")
    book = models.ForeignKey("bookstore.Book", on_delete=models.CASCADE, related_name="price_alerts")
    target_price = models.DecimalField(max_digits=8, decimal_places=2)
    created = models.DateField()
