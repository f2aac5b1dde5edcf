# contains / icontains: LIKE with the pattern escaped by Django, quotes by psycopg2
a = Book.objects.filter(title__contains="Harbor").count()
b = Book.objects.filter(title__icontains="o'brien's").count()
c = Book.objects.filter(title__contains="100%").count()
d = Book.objects.filter(title__icontains="under_score").count()
e = Author.objects.filter(bio__icontains="back\\slash").count()
result = [a, b, c, d, e]
