import re

# The columns PostgreSQL cannot fill in by itself: NOT NULL and no DEFAULT in the table.
REQUIRED = {"email", "book_id", "quantity", "note"}
INSERT = re.compile(r'INSERT\s+INTO\s+"?lab_preorder"?\s*\(([^)]*)\)', re.IGNORECASE)


def check(result, queries, cursor):
    """The preorder INSERT names exactly the columns without a database default."""
    inserts = [m for m in (INSERT.search(q["sql"]) for q in queries) if m]
    if len(inserts) != 1:
        return f"Expected one INSERT INTO lab_preorder, found {len(inserts)}."
    columns = {c.strip().strip('"').lower() for c in inserts[0].group(1).split(",")}
    extra = sorted(columns - REQUIRED)
    missing = sorted(REQUIRED - columns)
    if missing:
        return f"The INSERT leaves out {', '.join(missing)}, which the table requires."
    if extra:
        return (
            f"The INSERT also names {', '.join(extra)}: PostgreSQL fills "
            f"{'it' if len(extra) == 1 else 'them'} in by itself. Name only the columns "
            "that are NOT NULL and have no DEFAULT in the table."
        )
    return None
