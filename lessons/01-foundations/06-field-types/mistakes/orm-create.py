Preorder.objects.create(email="lena@example.com", book_id=42)

result = list(
    Preorder.objects.values_list("email", "book_id", "quantity", "note", "gift", "cancelled")
)
