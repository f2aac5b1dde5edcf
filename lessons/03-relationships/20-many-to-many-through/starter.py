from datetime import datetime, timezone

event = Event.objects.create(
    name="Crime Night", store_id=1, starts=datetime(2025, 12, 5, 19, tzinfo=timezone.utc)
)
# Hana Haddad (12) hosts; Ada Weber (40) and Amara Xu (41) are guests.
event.authors.add(12, 40, 41)

lineup = []
for author in event.authors.order_by("name"):
    appearance = Appearance.objects.get(event=event, author=author)
    lineup.append((author.name, appearance.role))
result = lineup
