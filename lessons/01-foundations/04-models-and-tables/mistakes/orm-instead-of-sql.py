import datetime

# Setup: one member and three loans, written through the ORM.
ada = Member.objects.create(card_number="C-0001", name="Ada Byron", joined=datetime.date(2025, 3, 1))
Loan.objects.bulk_create([
    Loan(member=ada, book_id=1, due=datetime.date(2026, 1, 24)),
    Loan(member=ada, book_id=2, due=datetime.date(2026, 1, 10)),
    Loan(member=ada, book_id=3, due=datetime.date(2026, 1, 3), returned=True),
])

result = list(
    Loan.objects.filter(returned=False)
    .order_by("due")
    .values_list("id", "member__name", "book__title", "due")
)
