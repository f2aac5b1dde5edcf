# A view and the template that renders it, written as plain Python.
# The page shows how many books came out in 2024, the newest one, and the first ten.

def book_list_view():
    books = Book.objects.filter(published__year=2024).order_by("-published", "id")
    return {"total": books.count(), "page": books[:10]}


def render(context):
    lines = [f"{context['total']} books published in 2024"]
    if context["page"].exists():
        newest = context["page"].first()
        lines.append(f"Newest: {newest.title}")
        lines += [f"{book.title} ({book.price})" for book in context["page"]]
    return lines


result = render(book_list_view())
