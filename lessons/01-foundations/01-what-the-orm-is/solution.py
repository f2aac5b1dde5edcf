books = Book.objects.filter(pages__gt=1000).order_by("-pages", "id")[:5]
result = [(b.title, b.pages) for b in books]
