# JSONField key transforms and lookups on keys
result = [
    Book.objects.filter(metadata__genre="mystery").count(),
    Book.objects.filter(metadata__series__number__gte=3).count(),
    Book.objects.filter(metadata__language__in=["fr", "de"]).count(),
    Book.objects.filter(metadata__genre__icontains="FICT").count(),
    Book.objects.filter(metadata__genre__startswith="sci").count(),
    Book.objects.filter(metadata__series__name__contains="Lisbon").count(),
    Book.objects.filter(metadata__awards__0="Hugo").count(),
    Book.objects.filter(metadata__series__isnull=True).count(),
    Book.objects.filter(metadata__series=None).count(),
    Book.objects.filter(metadata__format__exact="ebook", metadata__language="ja").count(),
    Book.objects.filter(metadata__series__number=3).count(),
    Book.objects.filter(metadata__series__number__lt=2.5).count(),
]
