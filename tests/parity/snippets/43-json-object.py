# JSONObject / JSONArray: Django uses JSON_OBJECT / JSON_ARRAY on PostgreSQL 16+, and
# JSONB_BUILD_OBJECT / JSONB_BUILD_ARRAY before (see server-version-differences.json)
from django.db.models.fields.json import KT
from django.db.models.functions import JSONArray, JSONObject
result = list(
    Book.objects.filter(pk__lte=2).annotate(
        obj=JSONObject(title="title", genre=KT("metadata__genre"), price="price", author=JSONObject(name="author__name")),
        arr=JSONArray("id", Value("it's"), "metadata__awards"),
    ).order_by("pk").values_list("obj", "arr")
)
