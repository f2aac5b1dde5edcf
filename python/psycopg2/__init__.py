"""A psycopg2-compatible DB-API 2.0 driver over PGlite, for Django in Pyodide.

Django's stock ``django.db.backends.postgresql`` backend imports this package as ``psycopg2``.
Every statement goes through the simple query protocol, and parameters are interpolated on the
client exactly as psycopg2 does (``cursor.mogrify``), so the SQL text PostgreSQL receives is the
text stock Django + psycopg2 would send. Only the surface Django and learners use is provided.
"""
import datetime

from . import extensions
from ._connection import connection
from ._cursor import cursor
from ._exc import (  # noqa: F401
    DatabaseError, DataError, Error, IntegrityError, InterfaceError, InternalError,
    NotSupportedError, OperationalError, ProgrammingError, Warning,
)
from .extensions import Binary  # noqa: F401

__version__ = "2.9.10 (dt dec pq3 ext lo64 ormlab-pglite)"
__libpq_version__ = 180000
apilevel = "2.0"
threadsafety = 2
paramstyle = "pyformat"

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
STRING = extensions.STRING


def connect(dsn=None, connection_factory=None, cursor_factory=None, **kwargs):
    """Open a connection to the PGlite instance holding ``dbname`` (one instance per name)."""
    params = {}
    if dsn:
        for part in dsn.split():
            key, _, value = part.partition("=")
            params[key] = value
    params.update(kwargs)
    for ignored in ("client_encoding", "host", "port", "user", "password", "options", "sslmode"):
        params.pop(ignored, None)
    return (connection_factory or connection)(params, cursor_factory=cursor_factory)


extensions.cursor = cursor
extensions.connection = connection

from . import errors, extras, sql  # noqa: E402,F401
