# timedelta parameters and date/datetime arithmetic (DurationField-like expressions)
import datetime
from django.db.models import DurationField, DateTimeField, ExpressionWrapper
utc = datetime.timezone.utc
end = datetime.datetime(2025, 12, 31, 23, 59, 59, tzinfo=utc)
late = Order.objects.filter(shipped__gt=F("promised") + datetime.timedelta(days=2)).count()
recent = Order.objects.filter(created__gte=end - datetime.timedelta(days=30, hours=6)).count()
gaps = list(
    Order.objects.filter(shipped__isnull=False)
    .annotate(delay=ExpressionWrapper(F("shipped") - F("promised"), output_field=DurationField()))
    .filter(delay__gt=datetime.timedelta(days=3))
    .order_by("-delay", "id").values_list("id", "delay")[:3]
)
later = list(
    Order.objects.annotate(due=ExpressionWrapper(F("created") + datetime.timedelta(hours=36, microseconds=5),
                                                 output_field=DateTimeField()))
    .filter(pk__lte=3).order_by("pk").values_list("pk", "due")
)
negative = Order.objects.filter(created__gt=F("created") + datetime.timedelta(days=-1, seconds=5)).count()
result = [late, recent, len(gaps), len(later), negative]
