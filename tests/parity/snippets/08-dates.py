# Dates and date transforms
import datetime
from django.db.models.functions import ExtractYear, TruncMonth
d = datetime.date(2020, 2, 29)
result = [
    Book.objects.filter(published=d).count(),
    Book.objects.filter(published__gte=d, published__lt=datetime.date(2021, 1, 1)).count(),
    Book.objects.filter(published__range=(datetime.date(1999, 12, 31), datetime.date(2000, 12, 31))).count(),
    Book.objects.filter(published__year=2020).count(),
    Book.objects.filter(published__year__gte=2023, published__month=12).count(),
    Book.objects.filter(published__week_day=1, published__quarter=2).count(),
    Author.objects.filter(born__lt=datetime.date(1900, 6, 1)).count(),
    list(Book.objects.filter(published__year=2024).annotate(m=TruncMonth("published"))
         .values("m").annotate(n=Count("id")).order_by("m")[:3]),
    list(Author.objects.annotate(y=ExtractYear("born")).filter(y__lt=1905).values_list("id", "y").order_by("id")[:3]),
]
