# startswith / istartswith / endswith / iendswith / regex / iregex
result = [
    Book.objects.filter(title__startswith="The ").count(),
    Book.objects.filter(title__istartswith="a lantern").count(),
    Book.objects.filter(title__endswith="of Lisbon").count(),
    Book.objects.filter(title__iendswith="THE MOON").count(),
    Book.objects.filter(title__regex=r"^The \w+ of (Kyoto|Oslo)$").count(),
    Book.objects.filter(title__iregex=r"'?midnight\s+(map|tide)").count(),
    Author.objects.filter(email__regex=r"^[a-z]+\.[a-z]+@example\.com$").count(),
]
