# get_or_create / update_or_create: found, created, defaults, create_defaults
t1, c1 = Tag.objects.get_or_create(name="classic", defaults={"slug": "classic"})
t2, c2 = Tag.objects.get_or_create(name="It's brand new", defaults={"slug": "brand-new"})
p, c3 = Publisher.objects.update_or_create(name="Harbor Press", defaults={"country": "IE"})
q, c4 = Publisher.objects.update_or_create(
    name="Nouvelle Édition", defaults={"country": "FR"}, create_defaults={"country": "BE", "founded": 1999})
result = [c1, c2, c3, c4, t2.pk, q.pk]
