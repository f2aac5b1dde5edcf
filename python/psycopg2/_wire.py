"""PostgreSQL wire protocol (simple query flow) over the engine's synchronous JS bridge.

The bridge (``_ormlab_bridge``, registered by lib/runtime/bridge.ts) sends one Query ('Q')
message to the PGlite instance that holds a database and returns the backend's raw reply
bytes. We parse the reply here, in Python, into a Response. Values stay text; turning text into
Python objects is the typecasters' job (_casts.py), as in psycopg2.
"""
import struct

import _ormlab_bridge as _bridge  # noqa: I001  (a JS module, registered by the engine)

_I32 = struct.Struct("!i").unpack_from
_I16 = struct.Struct("!h").unpack_from
_FIELD = struct.Struct("!ihihih").unpack_from


class Result:
    """One statement's outcome: its columns (or None), its rows and its CommandComplete tag."""

    __slots__ = ("fields", "rows", "tag")

    def __init__(self, fields, rows, tag):
        self.fields = fields  # [(name, type_oid, typlen, typmod)] or None
        self.rows = rows      # [[str | None]]
        self.tag = tag        # e.g. "SELECT 3", "INSERT 0 1"


class Response:
    __slots__ = ("results", "error", "status", "params", "notices")

    def __init__(self):
        self.results = []
        self.error = None    # ErrorResponse fields, e.g. {"C": "23505", "M": "...", ...}
        self.status = "I"    # ReadyForQuery: I idle, T in transaction, E failed transaction
        self.params = None   # ParameterStatus updates (e.g. TimeZone after SET TIME ZONE)
        self.notices = None  # ["NOTICE:  ...\n"], formatted like libpq


def _error_fields(buf, start, end):
    out = {}
    p = start
    while p < end and buf[p] != 0:
        z = buf.index(0, p + 1)
        out[chr(buf[p])] = buf[p + 1:z].decode()
        p = z + 1
    return out


def parse(buf):
    """Parse the backend messages of one simple-query round trip."""
    resp = Response()
    n = len(buf)
    pos = 0
    fields = None
    rows = []
    while pos < n:
        kind = buf[pos]
        end = pos + 1 + _I32(buf, pos + 1)[0]
        start = pos + 5
        pos = end
        if kind == 68:  # 'D' DataRow: the hot path, keep it tight
            ncols = _I16(buf, start)[0]
            p = start + 2
            row = []
            append = row.append
            for _ in range(ncols):
                size = _I32(buf, p)[0]
                p += 4
                if size < 0:
                    append(None)
                else:
                    append(buf[p:p + size].decode())
                    p += size
            rows.append(row)
        elif kind == 84:  # 'T' RowDescription
            nfields = _I16(buf, start)[0]
            p = start + 2
            fields = []
            for _ in range(nfields):
                z = buf.index(0, p)
                name = buf[p:z].decode()
                _table, _column, oid, typlen, typmod, _format = _FIELD(buf, z + 1)
                p = z + 19
                fields.append((name, oid, typlen, typmod))
            rows = []
        elif kind == 67:  # 'C' CommandComplete
            resp.results.append(Result(fields, rows, buf[start:end - 1].decode()))
            fields = None
            rows = []
        elif kind == 73:  # 'I' EmptyQueryResponse
            resp.results.append(Result(None, [], ""))
        elif kind == 69:  # 'E' ErrorResponse
            resp.error = _error_fields(buf, start, end)
        elif kind == 78:  # 'N' NoticeResponse
            f = _error_fields(buf, start, end)
            if resp.notices is None:
                resp.notices = []
            resp.notices.append(f"{f.get('S', 'NOTICE')}:  {f.get('M', '')}\n")
        elif kind == 83:  # 'S' ParameterStatus
            z = buf.index(0, start)
            if resp.params is None:
                resp.params = {}
            resp.params[buf[start:z].decode()] = buf[z + 1:end - 1].decode()
        elif kind == 90:  # 'Z' ReadyForQuery
            resp.status = chr(buf[start])
        # 'A' (NOTIFY) and others carry nothing a DB-API cursor exposes.
    return resp


def open_database(dbname):
    """Ask the engine for the PGlite instance that holds ``dbname``; None if there is none."""
    return _bridge.open(dbname)


def simple_query(dbname, sql):
    """Run one Query message against ``dbname``; return its Response."""
    return parse(_bridge.exec(dbname, sql).to_bytes())
