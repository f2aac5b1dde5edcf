# Full-text search: SearchVector (weights, config), SearchQuery types, SearchRank, SearchHeadline
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
vector = SearchVector("name", weight="A") + SearchVector("bio", weight="B", config="english")
query = SearchQuery("journalist", config="english") | SearchQuery("cats & sea", search_type="raw")
result = [
    list(Author.objects.annotate(rank=SearchRank(vector, query)).filter(rank__gt=0)
         .order_by("-rank", "id").values_list("id", flat=True)[:5]),
    Review.objects.filter(pk__lte=5000, body__search="gripping read").count(),
    Review.objects.filter(pk__lte=5000).annotate(search=SearchVector("body", config="english"))
        .filter(search=SearchQuery("twist -guess", search_type="websearch", config="english")).count(),
    Review.objects.filter(pk__lte=5000).annotate(search=SearchVector("body")).filter(search=SearchQuery("book club", search_type="phrase")).count(),
    list(Review.objects.filter(pk__lte=2).annotate(h=SearchHeadline("body", SearchQuery("plot"), start_sel="<b>", stop_sel="</b>'", min_words=2, max_words=5))
         .order_by("pk").values_list("h", flat=True)),
    Author.objects.annotate(rank=SearchRank(vector, query, weights=[0.2, 0.4, 0.6, 1.0], normalization=Value(2).bitor(Value(4)), cover_density=True)).filter(rank__gte=0.1).count(),
]
