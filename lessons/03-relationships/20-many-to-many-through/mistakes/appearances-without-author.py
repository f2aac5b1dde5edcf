from datetime import datetime, timezone

event = Event.objects.create(
    name="Crime Night", store_id=1, starts=datetime(2025, 12, 5, 19, tzinfo=timezone.utc)
)
event.authors.add(12, through_defaults={"role": "host"})
event.authors.add(40, 41, through_defaults={"role": "guest"})

result = [
    (appearance.author.name, appearance.role)
    for appearance in event.appearances.order_by("author__name")
]
