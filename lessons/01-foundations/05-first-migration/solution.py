import datetime

from django.core.management import call_command

# makemigrations writes lab/migrations/0001_initial.py from models.py;
# migrate runs its CREATE TABLE and records it in django_migrations.
call_command("makemigrations", "lab")
call_command("migrate", "lab")

for book_id, target, day in [(1, "12.00", 1), (2, "30.00", 5), (3, "9.50", 9)]:
    PriceAlert.objects.create(
        customer_id=1, book_id=book_id, target_price=target, created=datetime.date(2025, 12, day)
    )

result = list(
    PriceAlert.objects.filter(customer_id=1)
    .order_by("-created")
    .values_list("book__title", "target_price", "book__price")
)
