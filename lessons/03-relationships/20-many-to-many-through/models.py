from django.db import models


class Event(models.Model):
    name = models.CharField(max_length=100)
    store = models.ForeignKey("bookstore.Store", on_delete=models.CASCADE, related_name="events")
    starts = models.DateTimeField()
    # The join table is Appearance, a model of its own, so each pair can carry a role.
    authors = models.ManyToManyField(
        "bookstore.Author", through="Appearance", related_name="events"
    )


class Appearance(models.Model):
    class Role(models.TextChoices):
        HOST = "host", "Host"
        GUEST = "guest", "Guest"
        MODERATOR = "moderator", "Moderator"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="appearances")
    author = models.ForeignKey(
        "bookstore.Author", on_delete=models.CASCADE, related_name="appearances"
    )
    role = models.CharField(max_length=10, choices=Role, default=Role.GUEST)

    class Meta:
        # An automatic join table gets this for free; a through model must declare it.
        constraints = [
            models.UniqueConstraint(
                fields=["event", "author"], name="appearance_event_author_unique"
            ),
        ]
