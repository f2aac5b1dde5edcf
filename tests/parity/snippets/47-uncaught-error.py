# An uncaught database error ends the run: the failing statement is still captured
Tag.objects.filter(slug="noir").count()
Tag.objects.create(name="noir", slug="noir")
