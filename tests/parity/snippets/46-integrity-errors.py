# IntegrityError (unique, check constraint, PROTECT) and recovery on the same connection
from django.db import IntegrityError
from django.db.models import ProtectedError
errors = []
for make in (
    lambda: Tag.objects.create(name="classic", slug="classic-2"),
    lambda: Review.objects.create(book_id=1, reviewer="x", rating=9, body="", created="2025-01-01T00:00:00Z"),
    lambda: Book.objects.filter(pk=Book.objects.filter(order_items__isnull=False).order_by("pk").values("pk")[:1]).delete(),
):
    try:
        with transaction.atomic():
            make()
    except (IntegrityError, ProtectedError) as e:
        errors.append(type(e).__name__)
result = [errors, Tag.objects.filter(name="classic").count()]
