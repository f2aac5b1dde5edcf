EXPECTED = [(12, "host"), (40, "guest"), (41, "guest")]


def check(result, queries, cursor):
    cursor.execute("SELECT count(*) FROM lab_event")
    events = cursor.fetchone()[0]
    if events != 1:
        return f"Expected one event in lab_event, found {events}."
    cursor.execute("SELECT author_id, role FROM lab_appearance ORDER BY author_id")
    stored = [tuple(row) for row in cursor.fetchall()]
    if stored != EXPECTED:
        return (
            "lab_appearance should hold (12, host), (40, guest), (41, guest); it holds "
            + ", ".join(f"({a}, {r})" for a, r in stored)
            + "."
        )
    return None
