import datetime

# Setup: one member and three loans, written through the ORM.
ada = Member.objects.create(card_number="C-0001", name="Ada Byron", joined=datetime.date(2025, 3, 1))
Loan.objects.bulk_create([
    Loan(member=ada, book_id=1, due=datetime.date(2026, 1, 24)),
    Loan(member=ada, book_id=2, due=datetime.date(2026, 1, 10)),
    Loan(member=ada, book_id=3, due=datetime.date(2026, 1, 3), returned=True),
])

# The reporting tool reads the same rows with plain SQL. Fix the table and column names.
with connection.cursor() as cursor:
    cursor.execute(
        """
        SELECT loan.id, member.name, book.title, loan.due
        FROM loan
        JOIN member ON member.id = loan.member
        JOIN book ON book.id = loan.book
        WHERE NOT loan.returned
        ORDER BY loan.due
        """
    )
    result = cursor.fetchall()
