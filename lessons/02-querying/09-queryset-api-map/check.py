def check(result, queries, cursor):
    """Each figure is computed by PostgreSQL: no query sends back more than one row."""
    for query in queries:
        if query["rowCount"] > 1:
            line = f" (line {query['line']})" if query["line"] else ""
            return (
                f"A query{line} returned {query['rowCount']} rows to compute one figure. "
                "Ask PostgreSQL for the answer itself: count(), exists(), first(), aggregate()."
            )
    return None
