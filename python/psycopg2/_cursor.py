"""psycopg2's cursor: client-side (fully buffered) and named (server-side, DECLARE/FETCH)."""
import collections
import datetime

from ._casts import get_caster
from ._exc import InterfaceError, ProgrammingError
from .extensions import _global_casters, adapt

Column = collections.namedtuple(
    "Column", "name type_code display_size internal_size precision scale null_ok")

# CommandComplete tags whose last word is a row count.
_COUNTED = frozenset(("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "FETCH", "MOVE", "COPY"))


def _column(field):
    name, oid, typlen, typmod = field
    internal = typlen if typlen >= 0 else None
    precision = scale = None
    if oid == 1700 and typmod >= 4:  # numeric(p, s)
        precision, scale = ((typmod - 4) >> 16) & 0xFFFF, (typmod - 4) & 0xFFFF
    elif oid in (1043, 1042) and typmod >= 4:  # varchar(n), char(n)
        internal = typmod - 4
    return Column(name, oid, None, internal, precision, scale, None)


def _quote_params(conn, params):
    def quoted(value):
        a = adapt(value)
        if hasattr(a, "prepare"):
            a.prepare(conn)
        return a.getquoted().decode()

    if isinstance(params, dict):
        return {k: quoted(v) for k, v in params.items()}
    return tuple(quoted(v) for v in params)


class cursor:  # noqa: N801  (psycopg2's name)
    itersize = 2000
    arraysize = 1

    def __init__(self, conn, name=None, scrollable=None, withhold=False):
        self.connection = conn
        self.name = name
        self.scrollable = scrollable
        self.withhold = withhold
        self.tzinfo_factory = datetime.timezone
        self._casters = {}
        self._rows = []
        self._pos = 0
        self.description = None
        self.rowcount = -1
        self.query = None
        self.statusmessage = None
        self._closed = False
        self._declared = False

    lastrowid = None

    @property
    def rownumber(self):
        return self._pos

    @property
    def closed(self):
        return self._closed or bool(self.connection.closed)

    def mogrify(self, query, vars=None):  # noqa: A002  (DB-API name)
        """The exact bytes psycopg2 would send: parameters quoted client-side, then %-formatted."""
        if isinstance(query, bytes):
            query = query.decode()
        if vars is None:
            return query.encode()
        try:
            return (query % _quote_params(self.connection, vars)).encode()
        except TypeError as e:
            raise ProgrammingError(str(e)) from None
        except (KeyError, ValueError) as e:
            raise ProgrammingError(f"query formatting failed: {e}") from None

    def execute(self, query, vars=None):  # noqa: A002
        if self.closed:
            raise InterfaceError("cursor already closed")
        # psycopg2 forgets the previous statement first: when quoting fails (a parameter it
        # cannot adapt), cursor.query is None, not the last statement sent.
        self.query = None
        sql = self.mogrify(query, vars)
        if self.name is not None:
            if self._declared:
                raise ProgrammingError("can't call .execute() on named cursors more than once")
            scroll = {None: "", False: "NO SCROLL ", True: "SCROLL "}[self.scrollable]
            hold = "WITH" if self.withhold else "WITHOUT"
            sql = f'DECLARE "{self.name}" {scroll}CURSOR {hold} HOLD FOR '.encode() + sql
            self._declared = True
        self.query = sql
        self._set_result(self.connection._run(sql.decode(), self))

    def executemany(self, query, vars_list):
        total = 0
        for params in vars_list:
            self.execute(query, params)
            if self.rowcount >= 0:
                total += self.rowcount
        self.rowcount = total
        self.description = None

    def callproc(self, procname, parameters=None):
        parameters = list(parameters or [])
        self.execute(f"SELECT * FROM {procname}({', '.join(['%s'] * len(parameters))})", parameters)
        return parameters

    def _set_result(self, res):
        r = res.results[-1] if res.results else None
        self._pos = 0
        if r is None or r.fields is None:
            self.description = None
            self._rows = []
        else:
            self.description = [_column(f) for f in r.fields]
            self._rows = self._convert(r.fields, r.rows)
        tag = r.tag if r is not None else ""
        self.statusmessage = tag
        words = tag.split()
        counted = words and words[0] in _COUNTED and words[-1].isdigit()
        self.rowcount = int(words[-1]) if counted else -1

    def _convert(self, fields, rows):
        own, conn = self._casters, self.connection._casters
        casters = []
        for i, (_name, oid, _len, _mod) in enumerate(fields):
            c = own.get(oid) or conn.get(oid) or _global_casters.get(oid) or get_caster(oid, {})
            if c is not None:
                casters.append((i, c))
        if casters:
            for row in rows:
                for i, c in casters:
                    v = row[i]
                    if v is not None:
                        row[i] = c(v, self)
        return [tuple(r) for r in rows]

    # -- fetching -------------------------------------------------------------------------
    def _fetch_named(self, how_many):
        self._set_result(self.connection._run(f'FETCH FORWARD {how_many} FROM "{self.name}"', self))
        return self._rows

    def _require_result(self):
        if self.description is None:
            raise ProgrammingError("no results to fetch")

    def fetchone(self):
        if self._declared:
            rows = self._fetch_named(1)
            return rows[0] if rows else None
        self._require_result()
        if self._pos >= len(self._rows):
            return None
        row = self._rows[self._pos]
        self._pos += 1
        return row

    def fetchmany(self, size=None):
        size = self.arraysize if size is None else size
        if self._declared:
            return self._fetch_named(size)
        self._require_result()
        rows = self._rows[self._pos:self._pos + size]
        self._pos += len(rows)
        return rows

    def fetchall(self):
        if self._declared:
            return self._fetch_named("ALL")
        self._require_result()
        rows = self._rows[self._pos:]
        self._pos = len(self._rows)
        return rows

    def __iter__(self):
        if self._declared:
            while True:
                rows = self._fetch_named(self.itersize)
                if not rows:
                    return
                yield from rows
        while True:
            row = self.fetchone()
            if row is None:
                return
            yield row

    def close(self):
        conn = self.connection
        if self._declared and not self._closed and not conn.closed and conn._status != "E":
            conn._exec(f'CLOSE "{self.name}"')
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def setinputsizes(self, sizes):
        pass

    def setoutputsize(self, size, column=None):
        pass
