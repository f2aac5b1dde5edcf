reviews = (
    Review.objects.filter(rating=1)
    .select_related("book")
    .order_by("-created", "-id")[:20]
)
result = [
    (
        review.reviewer,
        review.book.title,
        review.book.author.name,
        review.book.publisher.name if review.book.publisher else None,
    )
    for review in reviews
]
