# Model instances: create(), save() (full and update_fields), refresh_from_db(), delete()
import datetime
from decimal import Decimal
author = Author.objects.create(name="Seán O'Brien", email="sean@example.org", born=datetime.date(1970, 5, 17), bio="Café \\ 100%")
author.died = datetime.date(2024, 12, 31)
author.save()
author.bio = ""
author.save(update_fields=["bio"])
author.refresh_from_db()
customer = Customer(name="Zoë", email="zoe@example.org", country="NL", joined=datetime.date(2025, 1, 1))
customer.save()
order = Order.objects.create(customer=customer, created=datetime.datetime(2025, 6, 1, 8, 0, tzinfo=datetime.timezone.utc),
                             promised=datetime.date(2025, 6, 5))
OrderItem.objects.create(order=order, book_id=1, quantity=2, unit_price=Decimal("12.99"))
order.status = Order.Status.PAID
order.save(update_fields=["status"])
order.delete()
result = [author.pk, customer.pk, author.died.isoformat()]
