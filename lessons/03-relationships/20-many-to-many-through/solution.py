from datetime import datetime, timezone

event = Event.objects.create(
    name="Crime Night", store_id=1, starts=datetime(2025, 12, 5, 19, tzinfo=timezone.utc)
)
event.authors.add(12, through_defaults={"role": Appearance.Role.HOST})
event.authors.add(40, 41, through_defaults={"role": Appearance.Role.GUEST})

# The role lives on the join row: read the line-up from the through model, one query.
result = list(
    event.appearances.order_by("author__name").values_list("author__name", "role")
)
