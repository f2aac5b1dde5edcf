import re

# Columns that identify one book: an ordering that ends on one of them has no ties left.
UNIQUE_COLUMNS = {'"bookstore_book"."id"', '"bookstore_book"."isbn"'}


def _split_top_level(text):
    """Split on commas outside parentheses (COALESCE(a, b) stays one item)."""
    items, depth, current = [], 0, []
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    items.append("".join(current).strip())
    return items


def _last_sort_column(sql):
    """The expression the ORDER BY ends on, with positions (ORDER BY 2) resolved."""
    match = re.search(r"^SELECT (.*?) FROM .*? ORDER BY (.*?)(?: LIMIT \d+)?(?: OFFSET \d+)?;?$", sql, re.S)
    if not match:
        return None
    columns = [re.sub(r' AS "[^"]+"$', "", c) for c in _split_top_level(match.group(1))]
    last = _split_top_level(match.group(2))[-1]
    last = re.sub(r"\s+(ASC|DESC)?\s*(NULLS (FIRST|LAST))?$", "", last).strip()
    if last.isdigit() and int(last) <= len(columns):
        return columns[int(last) - 1]
    return last


def check(result, queries, cursor):
    """The query that lists the books ends its ORDER BY on a unique column."""
    endings = [
        _last_sort_column(q["sql"])
        for q in queries
        if q["sql"].startswith("SELECT") and 'FROM "bookstore_book"' in q["sql"] and " ORDER BY " in q["sql"]
    ]
    endings = [e for e in endings if e]
    if not endings:
        return "No query sorts the books with ORDER BY."
    if any(e in UNIQUE_COLUMNS for e in endings):
        return None
    return f"The ORDER BY ends on {endings[-1]}, which several books share: add a unique column (id) last."
