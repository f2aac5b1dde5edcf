import datetime

result = Book.objects.filter(
    title__icontains="lighthouse",
    published__range=(datetime.date(2010, 1, 1), datetime.date(2019, 12, 31)),
    price__lt=20,
    publisher__isnull=False,
).values_list("id", "title")
