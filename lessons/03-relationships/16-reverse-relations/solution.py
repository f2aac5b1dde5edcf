from django.db.models import Count

authors = Author.objects.annotate(book_count=Count("books")).order_by("id")[:30]
result = [(author.name, author.book_count) for author in authors]
