"""Smoke test for the bookstore dataset: the shapes lessons rely on.

    /usr/bin/python3 scripts/native/run_app.py --app content/datasets/bookstore \
        --host DIR --port PORT --snippet scripts/native/snippets/bookstore_smoke.py

Asserts fail loudly; the harness prints every query this file ran.
"""

from datetime import date
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Avg, Count, F, Max, Min, Prefetch, Q, Sum

# Lesson 22/23: select_related follows the FK in one query (LEFT JOIN for publisher).
books = list(Book.objects.select_related("author", "publisher").order_by("id")[:5])
print("select_related:", [(b.title, b.author.name, b.publisher and b.publisher.name) for b in books])

# Lesson 24: prefetch_related puts reviews in a second query.
authors = Author.objects.prefetch_related(
    Prefetch("books", queryset=Book.objects.order_by("-published"), to_attr="by_date")
).order_by("id")[:3]
print("prefetch:", [(a.name, len(a.by_date)) for a in authors])
most_reviewed = Book.objects.prefetch_related("reviews").annotate(n=Count("reviews")).order_by("-n").first()
print("most reviewed:", most_reviewed.title, len(most_reviewed.reviews.all()))

# Lesson 58: JSON key lookups and containment.
mysteries = Book.objects.filter(metadata__genre="mystery").count()
in_series = Book.objects.filter(metadata__has_key="series").count()
award_winners = Book.objects.filter(metadata__awards__contains=["Hugo"]).count()
print("mystery:", mysteries, "in a series:", in_series, "Hugo:", award_winners)
assert mysteries > 1000 and in_series > 1000 and award_winners > 0

# Lessons 27-29: aggregates.
summary = Book.objects.aggregate(
    n=Count("id"), min_price=Min("price"), max_price=Max("price"), avg_rating=Avg("rating"),
    stock_value=Sum(F("price") * F("in_stock")), first=Min("published"), last=Max("published"),
)
print("books:", summary)
assert summary["min_price"] == Decimal("3.99") and summary["max_price"] <= Decimal("89.99")
assert summary["first"] >= date(1950, 1, 1) and summary["last"] <= date(2025, 12, 31)

# Lesson 33: F() compares two columns of one row.
late = Order.objects.filter(shipped__gt=F("promised")).count()
print("shipped late:", late)
assert 500 < late < 3000

# The spread lessons depend on.
facts = {
    "authors without books": Author.objects.filter(books__isnull=True).count(),
    "authors alive": Author.objects.filter(died__isnull=True).count(),
    "books without publisher": Book.objects.filter(publisher__isnull=True).count(),
    "books without reviews": Book.objects.filter(rating__isnull=True).count(),
    "books out of stock": Book.objects.filter(in_stock=0).count(),
    "max reviews on a book": Book.objects.annotate(n=Count("reviews")).aggregate(m=Max("n"))["m"],
    "max books by an author": Author.objects.annotate(n=Count("books")).aggregate(m=Max("n"))["m"],
    "customers who never ordered": Customer.objects.filter(orders__isnull=True).count(),
    "orders by status": dict(Order.objects.values_list("status").annotate(n=Count("id")).order_by("status")),
    "items per order": round(OrderItem.objects.count() / Order.objects.count(), 2),
    "stores within London": Store.objects.filter(city="London").count(),
    "review stars": dict(Review.objects.values_list("rating").annotate(n=Count("id")).order_by("rating")),
}
for key, value in facts.items():
    print(f"  {key}: {value}")
assert facts["authors without books"] >= 100 and facts["customers who never ordered"] >= 300
assert facts["books without publisher"] > 0 and facts["books without reviews"] > 0
assert facts["orders by status"].get("cancelled", 0) > 0 and facts["max reviews on a book"] > 100

# Stored rating matches the reviews it summarises.
drift = Book.objects.annotate(avg=Avg("reviews__rating")).exclude(rating__isnull=True).filter(
    ~Q(rating=F("avg")) & (Q(rating__gt=F("avg") + 0.005) | Q(rating__lt=F("avg") - 0.005))).count()
assert drift == 0, drift

# Status and dates agree: only shipped/delivered orders have a ship date.
assert not Order.objects.filter(Q(shipped__isnull=True), status__in=["shipped", "delivered"]).exists()
assert not Order.objects.filter(shipped__isnull=False).exclude(status__in=["shipped", "delivered"]).exists()
assert not Order.objects.filter(created__date__gt=F("promised")).exists()

# Constraints hold, and sequences are past the seeded ids so create() works.
with transaction.atomic():
    try:
        with transaction.atomic():
            Review.objects.create(book_id=1, reviewer="x", rating=6, created="2025-01-01T00:00Z")
        raise AssertionError("rating 6 accepted")
    except IntegrityError as exc:
        print("check constraint:", exc.__cause__.diag.constraint_name)
    publisher = Publisher.objects.create(name="Test Press", country="GB", founded=2000)
    author = Author.objects.create(name="T", email="t@example.org", born="1990-01-01")
    book = Book.objects.create(title="T", author=author, publisher=publisher, isbn="0000000000000",
                               price="9.99", pages=100, published="2020-01-01", created="2020-01-01T00:00Z")
    book.tags.add(Tag.objects.create(name="test", slug="test"))
    customer = Customer.objects.create(name="C", email="c@example.org", country="GB", joined="2020-01-01")
    order = Order.objects.create(customer=customer, created="2025-01-01T00:00Z", promised="2025-01-05")
    OrderItem.objects.create(order=order, book=book, unit_price="9.99")
    Inventory.objects.create(store=Store.objects.create(name="S", city="C", country="GB", latitude=0, longitude=0),
                             book=book, quantity=1)
    Review.objects.create(book=book, reviewer="R", rating=5, created="2025-01-01T00:00Z")
    print("create() ids:", publisher.pk, author.pk, book.pk, order.pk)
    assert book.pk == 20001 and order.pk == 25001
    transaction.set_rollback(True)
print("smoke: ok")
