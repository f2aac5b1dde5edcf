# Aware datetimes (psycopg2 renders ::timestamptz), other zones, date/hour transforms
import datetime
from zoneinfo import ZoneInfo
from django.db.models.functions import TruncDay, ExtractHour
utc = datetime.timezone.utc
start = datetime.datetime(2024, 1, 1, tzinfo=utc)
paris = datetime.datetime(2024, 7, 14, 9, 30, 15, 123456, tzinfo=ZoneInfo("Europe/Paris"))
result = [
    Order.objects.filter(created__gte=start).count(),
    Order.objects.filter(created__range=(start, paris)).count(),
    Order.objects.filter(created__lt=datetime.datetime(2023, 3, 1, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))).count(),
    Order.objects.filter(created__date=datetime.date(2024, 2, 29)).count(),
    Order.objects.filter(created__year=2025, created__hour__gte=22).count(),
    Review.objects.filter(created__date__gt=datetime.date(2025, 12, 30)).count(),
    list(Order.objects.filter(created__gte=datetime.datetime(2025, 12, 28, tzinfo=utc))
         .annotate(day=TruncDay("created", tzinfo=ZoneInfo("America/New_York")), h=ExtractHour("created"))
         .values("day").annotate(n=Count("id")).order_by("day")),
]
