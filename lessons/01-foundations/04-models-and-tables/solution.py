import datetime

# Setup: one member and three loans, written through the ORM.
ada = Member.objects.create(card_number="C-0001", name="Ada Byron", joined=datetime.date(2025, 3, 1))
Loan.objects.bulk_create([
    Loan(member=ada, book_id=1, due=datetime.date(2026, 1, 24)),
    Loan(member=ada, book_id=2, due=datetime.date(2026, 1, 10)),
    Loan(member=ada, book_id=3, due=datetime.date(2026, 1, 3), returned=True),
])

# Meta.db_table names the loan table; Member's primary key is card_number, so member_id
# holds a card number; `due` is stored in the column due_on.
with connection.cursor() as cursor:
    cursor.execute(
        """
        SELECT loan.id, member.name, book.title, loan.due_on
        FROM library_loan AS loan
        JOIN lab_member AS member ON member.card_number = loan.member_id
        JOIN bookstore_book AS book ON book.id = loan.book_id
        WHERE NOT loan.returned
        ORDER BY loan.due_on
        """
    )
    result = cursor.fetchall()
