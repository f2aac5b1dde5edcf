# bulk_create: plain, ignore_conflicts, update_conflicts, batch_size
tags = Tag.objects.bulk_create([
    Tag(name="it's new", slug="its-new"),
    Tag(name="Café 東京", slug="cafe-tokyo"),
    Tag(name="100% \\ back", slug="percent-back"),
])
Tag.objects.bulk_create([Tag(name="classic", slug="classic"), Tag(name="fresh", slug="fresh")], ignore_conflicts=True)
Tag.objects.bulk_create(
    [Tag(name="noir", slug="noir-2"), Tag(name="newer", slug="newer")],
    update_conflicts=True, unique_fields=["name"], update_fields=["slug"],
)
Publisher.objects.bulk_create([Publisher(name=f"Press {i}", country="GB", founded=2000 + i) for i in range(5)], batch_size=2)
result = [[t.pk for t in tags], Tag.objects.count(), Publisher.objects.count()]
