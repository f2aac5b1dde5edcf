# pg_trgm: the extension is created by the snippet itself, then similarity lookups
from django.contrib.postgres.search import TrigramDistance, TrigramSimilarity, TrigramWordSimilarity
with connection.cursor() as cursor:
    cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
result = [
    list(Book.objects.annotate(sim=TrigramSimilarity("title", "Lighthose Harbr")).filter(sim__gt=0.3)
         .order_by("-sim", "id").values_list("id", flat=True)[:5]),
    Book.objects.filter(title__trigram_similar="Sillent Harbour").count(),
    Author.objects.filter(name__trigram_word_similar="Kenj").count(),
    list(Author.objects.annotate(d=TrigramDistance("name", "O'Neil")).order_by("d", "id").values_list("id", flat=True)[:3]),
    Author.objects.annotate(w=TrigramWordSimilarity("Ada", "name")).filter(w__gte=0.5).count(),
]
