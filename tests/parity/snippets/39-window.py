# Window functions: Rank, RowNumber, Lag with default, frames, filtering on a window
from django.db.models import RowRange, ValueRange, Window
from django.db.models.functions import DenseRank, Lag, Rank, RowNumber, Ntile
qs = Book.objects.filter(author_id__lte=3).annotate(
    rank=Window(Rank(), partition_by=F("author_id"), order_by=F("price").desc()),
    row=Window(RowNumber(), order_by=[F("published").asc(), F("id").asc()]),
    prev=Window(Lag("price", offset=1, default=Value(0)), partition_by="author_id", order_by="published"),
    running=Window(Sum("pages"), partition_by="author_id", order_by="id", frame=RowRange(start=-2, end=0)),
    near=Window(Count("id"), order_by="pages", frame=ValueRange(start=-50, end=50)),
    tile=Window(Ntile(4), order_by="id"),
    dense=Window(DenseRank(), order_by=F("rating").desc(nulls_last=True)),
)
rows = list(qs.order_by("id").values("id", "rank", "row", "running", "tile")[:5])
top = list(qs.filter(rank=1).order_by("author_id", "id").values_list("author_id", "id"))
result = [rows, top]
