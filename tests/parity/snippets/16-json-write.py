# Writing JSON: quotes, unicode, nested lists, null, floats
import datetime
from decimal import Decimal
meta = {"genre": "it's \"quoted\"", "language": "東京", "format": "e\\book",
        "awards": [1, 2.5, None, True, "100%"], "series": {"name": "O'Neil", "number": -1}}
Book.objects.filter(pk=1).update(metadata=meta)
book = Book.objects.create(
    title="Naïve Café's \"Guide\"", author_id=1, publisher=None, isbn="9780000000001",
    price=Decimal("-0.99") + 1, pages=100, published=datetime.date(2025, 1, 2),
    metadata={"genre": "poetry", "awards": [], "emoji": "🚀", "nested": {"a": [{"b": None}]}},
    created=datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
)
result = [Book.objects.get(pk=1).metadata, Book.objects.filter(metadata__nested__a__0__b=None).count(), book.pk]
