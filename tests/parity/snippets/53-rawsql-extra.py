# RawSQL and extra(): learner-written SQL fragments with and without parameters
from django.db.models.expressions import RawSQL
result = [
    list(Book.objects.annotate(double=RawSQL("price * %s", (2,)), tag=RawSQL("'100%%'", ()))
         .filter(pk__lte=2).order_by("pk").values_list("double", "tag")),
    Book.objects.extra(where=["title LIKE %s"], params=["%Moon"]).count(),
    list(Book.objects.extra(select={"big": "pages > %s"}, select_params=(500,)).filter(pk=1).values_list("big", flat=True)),
    list(Tag.objects.annotate(lit=RawSQL("'it''s'", [])).values_list("lit", flat=True)[:1]),
    Book.objects.filter(pk__in=RawSQL("SELECT book_id FROM bookstore_review WHERE rating = %s AND body LIKE %s", [5, "%read%"])).count(),
]
