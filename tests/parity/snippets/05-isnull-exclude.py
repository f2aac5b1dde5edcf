# isnull on a nullable FK and a nullable date, exclude(), None as a value
result = [
    Author.objects.filter(died__isnull=True).count(),
    Author.objects.filter(died=None).count(),
    Book.objects.filter(publisher__isnull=False).count(),
    Book.objects.exclude(publisher=None).exclude(rating__isnull=True).count(),
    Book.objects.filter(publisher__country__isnull=True).count(),
    Order.objects.exclude(shipped__isnull=False).count(),
]
