def book_list_view():
    books = Book.objects.filter(published__year=2024).order_by("-published", "id")
    # list() runs the page query once; the template then reads plain objects.
    return {"total": books.count(), "page": list(books[:10])}


def render(context):
    lines = [f"{context['total']} books published in 2024"]
    if context["page"]:
        lines.append(f"Newest: {context['page'][0].title}")
        lines += [f"{book.title} ({book.price})" for book in context["page"]]
    return lines


result = render(book_list_view())
