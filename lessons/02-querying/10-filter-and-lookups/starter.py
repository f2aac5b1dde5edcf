import datetime

# Lighthouse books (any case) from 2010 through 2019, under 20.00, with a publisher.
result = Book.objects.filter(
    title__contains="Lighthouse",
    published__gt=datetime.date(2010, 1, 1),
    published__lt=datetime.date(2019, 12, 31),
    price__lt=20,
).values_list("id", "title")
