from datetime import date

books = Book.objects.filter(author__born__lt=date(1950, 1, 1), published__year=2025).order_by("id")
result = [(book.id, book.title, book.author.name) for book in books]
