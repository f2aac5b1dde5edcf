import datetime

# models.py declares PriceAlert, but its table does not exist yet.
# Create and apply its migration here, before the first INSERT.

for book_id, target, day in [(1, "12.00", 1), (2, "30.00", 5), (3, "9.50", 9)]:
    PriceAlert.objects.create(
        customer_id=1, book_id=book_id, target_price=target, created=datetime.date(2025, 12, day)
    )

result = list(
    PriceAlert.objects.filter(customer_id=1)
    .order_by("-created")
    .values_list("book__title", "target_price", "book__price")
)
