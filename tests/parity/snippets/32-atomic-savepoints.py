# atomic + nested savepoints, an IntegrityError rolled back to a savepoint, manual savepoints
from django.db import IntegrityError
with transaction.atomic():
    Tag.objects.create(name="outer", slug="outer")
    try:
        with transaction.atomic():
            Tag.objects.create(name="inner", slug="inner")
            Tag.objects.create(name="classic", slug="dup")  # unique violation
    except IntegrityError:
        pass
    with transaction.atomic():
        with transaction.atomic():
            Tag.objects.create(name="deep", slug="deep")
    sid = transaction.savepoint()
    Tag.objects.create(name="undone", slug="undone")
    transaction.savepoint_rollback(sid)
    sid = transaction.savepoint()
    transaction.savepoint_commit(sid)
with transaction.atomic(savepoint=False):
    Tag.objects.filter(name="deep").update(slug="deeper")
result = list(Tag.objects.filter(name__in=["outer", "inner", "deep", "undone"]).values_list("name", "slug"))
