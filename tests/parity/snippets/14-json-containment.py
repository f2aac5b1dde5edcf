# has_key / has_keys / has_any_keys / contains / contained_by
result = [
    Book.objects.filter(metadata__has_key="series").count(),
    Book.objects.filter(metadata__has_keys=["series", "awards"]).count(),
    Book.objects.filter(metadata__has_any_keys=["series", "prizes"]).count(),
    Book.objects.filter(metadata__awards__contains=["Hugo"]).count(),
    Book.objects.filter(metadata__contains={"genre": "poetry", "language": "fr"}).count(),
    Book.objects.filter(metadata__contained_by={"genre": "poetry", "language": "fr", "format": "ebook", "awards": []}).count(),
    Book.objects.filter(metadata__series__has_key="number").count(),
    Book.objects.filter(metadata__contains={"awards": ["Booker", "Costa"]}).count(),
    Book.objects.filter(metadata__genre__in=["it's", "naïve"]).count(),
    Book.objects.filter(metadata={"genre": "x"}).count(),
]
