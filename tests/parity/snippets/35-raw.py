# raw() with positional and named params, percent signs with and without params
books = list(Book.objects.raw("SELECT id, title FROM bookstore_book WHERE title LIKE %s AND price < %s ORDER BY id LIMIT 3",
                              ["%Harbor%", 20]))
named = list(Author.objects.raw("SELECT * FROM bookstore_author WHERE name = %(name)s OR email LIKE %(pat)s ORDER BY id",
                                {"name": "O'Hara", "pat": "ada.%"}))
literal = list(Tag.objects.raw("SELECT * FROM bookstore_tag WHERE name LIKE 'c%%' ORDER BY id"))
with connection.cursor() as cursor:
    cursor.execute("SELECT count(*) FROM bookstore_book WHERE title LIKE '%Moon'")
    plain = cursor.fetchone()[0]
    cursor.execute("SELECT count(*) FROM bookstore_book WHERE title LIKE '%%Moon' AND pages > %s", [100])
    both = cursor.fetchone()[0]
result = [[b.id for b in books], len(named), len(literal), plain, both]
