with connection.cursor() as cursor:
    cursor.execute(
        "INSERT INTO lab_preorder (email, book_id, quantity, note, gift, channel, cancelled)"
        " VALUES (%s, %s, %s, %s, false, 'web', NULL)",
        ["lena@example.com", 42, 1, ""],
    )

result = list(
    Preorder.objects.values_list("email", "book_id", "quantity", "note", "gift", "cancelled")
)
