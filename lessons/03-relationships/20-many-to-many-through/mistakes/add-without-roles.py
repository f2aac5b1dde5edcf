from datetime import datetime, timezone

event = Event.objects.create(
    name="Crime Night", store_id=1, starts=datetime(2025, 12, 5, 19, tzinfo=timezone.utc)
)
event.authors.add(12, 40, 41)

result = list(
    event.appearances.order_by("author__name").values_list("author__name", "role")
)
