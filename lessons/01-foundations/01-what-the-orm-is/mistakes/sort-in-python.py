books = Book.objects.filter(pages__gt=1000)
longest = sorted(books, key=lambda b: (-b.pages, b.id))[:5]
result = [(b.title, b.pages) for b in longest]
