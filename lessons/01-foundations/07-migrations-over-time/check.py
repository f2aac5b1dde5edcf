def check(result, queries, cursor):
    """bookstore_store.slug exists, is NOT NULL and unique, and came in more than one migration."""
    cursor.execute(
        "SELECT is_nullable FROM information_schema.columns"
        " WHERE table_name = 'bookstore_store' AND column_name = 'slug'"
    )
    row = cursor.fetchone()
    if row is None:
        return "bookstore_store has no slug column: no migration added it."
    if row[0] != "NO":
        return "bookstore_store.slug still accepts NULL: the column was never made NOT NULL."
    cursor.execute(
        "SELECT count(*) FROM pg_index i"
        " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]"
        " WHERE i.indrelid = 'bookstore_store'::regclass AND i.indisunique"
        " AND i.indnatts = 1 AND a.attname = 'slug'"
    )
    if cursor.fetchone()[0] == 0:
        return "bookstore_store.slug is NOT NULL but not unique: two stores could share a slug."
    cursor.execute(
        "SELECT count(*) FROM django_migrations"
        " WHERE app = 'bookstore' AND name <> '0001_initial'"
    )
    applied = cursor.fetchone()[0]
    if applied < 2:
        return (
            f"django_migrations records {applied} new migration(s) for bookstore; the change"
            " needs at least two: one that adds and fills the column, one that tightens it."
        )
    return None
