from django.core.management import call_command

# makemigrations writes 0002 from Book.Meta; migrate runs its CREATE INDEX.
call_command("makemigrations", "bookstore", name="book_listing")
call_command("migrate", "bookstore")

# No order_by(): Meta.ordering adds ORDER BY price, id, and the slice becomes LIMIT 20.
result = list(Book.objects.values_list("title", "price")[:20])
