publishers = (
    Publisher.objects.filter(books__price__gt=80)
    .distinct()
    .order_by("name")
    .values_list("name", "country")
)
result = list(publishers)
