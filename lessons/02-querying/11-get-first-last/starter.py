# Three lookups that should each give one book, or nothing at all.
FOUND_ISBN = "9781434131416"
MISSING_ISBN = "9780000000000"


def title_by_isbn(isbn):
    """The title of the book with this ISBN, or None when no book has it."""
    return Book.objects.get(isbn=isbn).title


def latest_title(author_id):
    """The title of the author's most recently published book (ties: the highest id)."""
    return Book.objects.get(author_id=author_id).title


result = [title_by_isbn(FOUND_ISBN), title_by_isbn(MISSING_ISBN), latest_title(7)]
