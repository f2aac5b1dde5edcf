FOUND_ISBN = "9781434131416"
MISSING_ISBN = "9780000000000"


def title_by_isbn(isbn):
    if Book.objects.filter(isbn=isbn).exists():
        return Book.objects.get(isbn=isbn).title
    return None


def latest_title(author_id):
    book = Book.objects.filter(author_id=author_id).order_by("-published", "-id").first()
    return book.title if book else None


result = [title_by_isbn(FOUND_ISBN), title_by_isbn(MISSING_ISBN), latest_title(7)]
