from datetime import date

# author__born crosses the foreign key in SQL (INNER JOIN), and so does author__name.
result = list(
    Book.objects.filter(author__born__lt=date(1950, 1, 1), published__year=2025)
    .order_by("id")
    .values_list("id", "title", "author__name")
)
