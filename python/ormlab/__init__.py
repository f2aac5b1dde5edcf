"""ormlab's Python side: boots Django on the lab's databases, runs learner code, captures queries.

Nothing here depends on PGlite: the same package runs on CPython with the real psycopg2 against a
real PostgreSQL server, which is how the SQL-parity golden files are made.
"""
