from django.core.management import call_command

call_command("makemigrations", "bookstore", name="book_listing")
call_command("migrate", "bookstore")

result = list(Book.objects.values_list("title", "price"))[:20]
