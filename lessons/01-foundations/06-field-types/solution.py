# quantity's default=1 and note's blank=True live in Python only: the table has NOT NULL and
# no DEFAULT for them. gift and channel have db_default (a DEFAULT in the table), and
# cancelled is NULL-able, so PostgreSQL fills those three in.
with connection.cursor() as cursor:
    cursor.execute(
        "INSERT INTO lab_preorder (email, book_id, quantity, note) VALUES (%s, %s, %s, %s)",
        ["lena@example.com", 42, 1, ""],
    )

result = list(
    Preorder.objects.values_list("email", "book_id", "quantity", "note", "gift", "cancelled")
)
