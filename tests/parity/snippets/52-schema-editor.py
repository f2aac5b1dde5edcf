# DDL through the schema editor: literals in defaults and constraints are quoted by psycopg2's
# adapt() (schema_editor.quote_value), not sent as parameters
import datetime
from decimal import Decimal
from django.db import models
from django.db.models.functions import Lower


class Shelf(models.Model):
    label = models.CharField(max_length=40, db_default="it's \\ new")
    opened = models.DateField(db_default=datetime.date(2025, 1, 1))
    width = models.DecimalField(max_digits=6, decimal_places=2, db_default=Decimal("-1.50"))
    tags = models.JSONField(default=list)
    active = models.BooleanField(db_default=True)

    class Meta:
        app_label = "bookstore"
        db_table = "parity_shelf"
        constraints = [
            models.CheckConstraint(condition=Q(label__in=["a", "b'c", "100%"]) | Q(opened__gt=datetime.date(2000, 1, 1)),
                                   name="shelf_label_or_date"),
            models.UniqueConstraint(Lower("label"), name="shelf_label_ci", condition=Q(width__gt=Decimal("0.5"))),
        ]
        indexes = [models.Index(fields=["opened"], name="shelf_opened_idx", condition=Q(label__startswith="x'"))]


with connection.schema_editor() as editor:
    editor.create_model(Shelf)
    field = models.CharField(max_length=10, default="dflt'", null=True)
    field.set_attributes_from_name("note")
    editor.add_field(Shelf, field)
Shelf.objects.create(label="b'c", tags=["x"])
result = list(Shelf.objects.values("label", "opened", "width", "active"))
