# dates() / datetimes() and DB-side extraction with a time zone
from zoneinfo import ZoneInfo
result = [
    [d.isoformat() for d in Book.objects.filter(author_id=1).dates("published", "year")],
    [d.isoformat() for d in Order.objects.filter(customer_id=1).datetimes("created", "month", tzinfo=ZoneInfo("Asia/Tokyo"))],
    Order.objects.filter(created__week=1, created__iso_year=2025).count(),
    Order.objects.filter(created__time__lt="06:00").count(),
]
