# A partner's importer writes preorders with plain SQL, naming only the columns it knows.
# Make the INSERT succeed, naming exactly the columns PostgreSQL cannot fill in by itself.
with connection.cursor() as cursor:
    cursor.execute(
        "INSERT INTO lab_preorder (email, book_id) VALUES (%s, %s)",
        ["lena@example.com", 42],
    )

result = list(
    Preorder.objects.values_list("email", "book_id", "quantity", "note", "gift", "cancelled")
)
