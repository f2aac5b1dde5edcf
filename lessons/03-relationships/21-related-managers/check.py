def check(result, queries, cursor):
    """Book 2 carries exactly the three tags, and its historical row was never re-inserted.

    The join table's ids come from an identity sequence, so a row inserted by the learner's
    run has an id above every row of the untouched books; the original row keeps its old id.
    """
    cursor.execute(
        "SELECT t.slug, bt.id FROM bookstore_book_tags bt"
        " JOIN bookstore_tag t ON t.id = bt.tag_id WHERE bt.book_id = 2 ORDER BY t.slug"
    )
    rows = dict(cursor.fetchall())
    wanted = ["historical", "slow-burn", "staff-pick"]
    if sorted(rows) != wanted:
        return f"Book 2 is tagged {sorted(rows)}, not {wanted}."
    cursor.execute("SELECT max(id) FROM bookstore_book_tags WHERE book_id <> 2")
    untouched_max = cursor.fetchone()[0]
    if rows["historical"] > untouched_max:
        return (
            "The historical tag was deleted and inserted again (its join row has a new id). "
            "A tag the book keeps should not be touched."
        )
    return None
