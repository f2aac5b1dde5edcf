# The 20 most recent one-star reviews, newest first, as
# (reviewer, book title, author name, publisher name or None).
reviews = Review.objects.filter(rating=1).order_by("-created", "-id")[:20]
result = [
    (
        review.reviewer,
        review.book.title,
        review.book.author.name,
        review.book.publisher.name if review.book.publisher else None,
    )
    for review in reviews
]
