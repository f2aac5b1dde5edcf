FOUND_ISBN = "9781434131416"
MISSING_ISBN = "9780000000000"


def title_by_isbn(isbn):
    # isbn is unique: get() states "exactly one" and the unique index answers it.
    try:
        return Book.objects.get(isbn=isbn).title
    except Book.DoesNotExist:
        return None


def latest_title(author_id):
    # Many books match: pick the top one of an explicit, total ordering.
    book = Book.objects.filter(author_id=author_id).order_by("-published", "-id").first()
    return book.title if book else None


result = [title_by_isbn(FOUND_ISBN), title_by_isbn(MISSING_ISBN), latest_title(7)]
