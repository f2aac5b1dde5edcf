# update() with F expressions, Decimal arithmetic, expressions across fields
from decimal import Decimal
from django.db.models.functions import Concat, Greatest
a = Book.objects.filter(metadata__format="ebook").update(price=F("price") * Decimal("0.9"))
b = Book.objects.filter(pk__lte=10).update(in_stock=F("in_stock") + 5, pages=Greatest(F("pages") - 1000, 64))
c = Inventory.objects.filter(store__city="Paris", quantity__lt=3).update(quantity=F("quantity") + 10)
d = Author.objects.filter(pk=1).update(name=Concat(Value("Dr. "), F("name")), bio="It's \"updated\"")
e = Book.objects.filter(pk=1).update(rating=None)
result = [a, b, c, d, e]
