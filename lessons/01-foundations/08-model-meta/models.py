"""The bookstore: the dataset the whole course is taught on.

Field names are plain English on purpose: learners type them all day.
Some choices are deliberate gaps that lessons fill (see README.md): no
default ordering on Book, no index on Book.price, no database check on
Order.status.
"""

from django.db import models
from django.db.models import Q


class Publisher(models.Model):
    name = models.CharField(max_length=100, unique=True)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code")
    founded = models.PositiveSmallIntegerField(help_text="year")

    def __str__(self):
        return self.name


class Author(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField(unique=True)
    born = models.DateField()
    died = models.DateField(null=True, blank=True)
    bio = models.TextField(blank=True)

    def __str__(self):
        return self.name


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)
    slug = models.SlugField(max_length=50, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    # Nullable with SET_NULL: some books have no publisher, so
    # select_related("publisher") shows a LEFT OUTER JOIN.
    publisher = models.ForeignKey(
        Publisher,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="books",
    )
    isbn = models.CharField(max_length=13, unique=True)
    # No index on price in the dataset; this lesson's Meta adds one (book_price_id_idx).
    price = models.DecimalField(max_digits=8, decimal_places=2)
    pages = models.PositiveIntegerField()
    published = models.DateField()
    # Average of the book's reviews when the data was seeded; NULL when it
    # has none. A denormalized value lessons can check against Avg().
    rating = models.DecimalField(max_digits=3, decimal_places=2, null=True, blank=True)
    in_stock = models.PositiveIntegerField(default=0)
    # {"genre", "language", "format", "awards": [...], optional "series": {"name", "number"}}
    metadata = models.JSONField(default=dict, blank=True)
    created = models.DateTimeField()
    tags = models.ManyToManyField(Tag, related_name="books", blank=True)

    class Meta:
        # Lesson 8: the shop's listing, cheapest first, and the index that serves it.
        # The dataset's Book has neither; no migration creates the index yet.
        ordering = ["price", "id"]
        indexes = [
            models.Index(fields=["published"], name="book_published_idx"),
            models.Index(fields=["price", "id"], name="book_price_id_idx"),
        ]

    def __str__(self):
        return self.title


class Store(models.Model):
    name = models.CharField(max_length=100, unique=True)
    city = models.CharField(max_length=100)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code")
    # Degrees (WGS 84), for the geospatial lessons (cube/earthdistance).
    latitude = models.FloatField()
    longitude = models.FloatField()
    books = models.ManyToManyField(Book, through="Inventory", related_name="stores")

    def __str__(self):
        return f"{self.name} ({self.city})"


class Inventory(models.Model):
    """How many copies of a book one store holds."""

    store = models.ForeignKey(Store, on_delete=models.CASCADE, related_name="inventory")
    book = models.ForeignKey(Book, on_delete=models.CASCADE, related_name="inventory")
    quantity = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "inventory"
        constraints = [
            models.UniqueConstraint(fields=["store", "book"], name="inventory_store_book_unique"),
        ]

    def __str__(self):
        return f"{self.store_id}/{self.book_id}: {self.quantity}"


class Review(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.CharField(max_length=100)
    rating = models.PositiveSmallIntegerField()
    body = models.TextField(blank=True)
    created = models.DateTimeField()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__gte=1, rating__lte=5), name="review_rating_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.reviewer} on book {self.book_id}: {self.rating}/5"


class Customer(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField(unique=True)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code")
    joined = models.DateField()

    def __str__(self):
        return self.name


class Order(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        PAID = "paid", "Paid"
        SHIPPED = "shipped", "Shipped"
        DELIVERED = "delivered", "Delivered"
        CANCELLED = "cancelled", "Cancelled"

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="orders")
    # choices are enforced by full_clean() only; lesson 43 adds the
    # CheckConstraint that makes the database enforce them too.
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    created = models.DateTimeField()
    promised = models.DateField(help_text="delivery date promised to the customer")
    shipped = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["created"], name="order_created_idx")]

    def __str__(self):
        return f"Order {self.pk} ({self.status})"


class OrderItem(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="items")
    # PROTECT: a book that has been sold cannot be deleted out of order history.
    book = models.ForeignKey(Book, on_delete=models.PROTECT, related_name="order_items")
    quantity = models.PositiveSmallIntegerField(default=1)
    unit_price = models.DecimalField(max_digits=8, decimal_places=2)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["order", "book"], name="orderitem_order_book_unique"),
        ]

    def __str__(self):
        return f"{self.quantity} x book {self.book_id} @ {self.unit_price}"
