# cursor.executemany: psycopg2's cursor.query is the last statement it ran
with connection.cursor() as cursor:
    cursor.executemany(
        "INSERT INTO bookstore_tag (name, slug) VALUES (%s, %s)",
        [("em one", "em-one"), ("em 'two'", "em-two"), ("em \\ three", "em-three")],
    )
    cursor.executemany("UPDATE bookstore_tag SET slug = %(slug)s WHERE name = %(name)s",
                       [{"slug": "x-1", "name": "em one"}, {"slug": "x-2", "name": "em 'two'"}])
result = list(Tag.objects.filter(name__startswith="em ").values_list("name", "slug"))
