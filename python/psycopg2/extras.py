"""psycopg2.extras subset used by Django: register_uuid, register_default_jsonb,
Json, Inet and (stub) Range types."""
import json as _json
import uuid as _uuid

from .extensions import QuotedString, register_adapter, register_type, _Type, _UUID


class Json:
    def __init__(self, adapted, dumps=None):
        self.adapted = adapted
        self._dumps = dumps or _json.dumps

    def dumps(self, obj):
        return self._dumps(obj)

    def prepare(self, conn):
        pass

    def getquoted(self):
        s = self.dumps(self.adapted)
        return QuotedString(s).getquoted()

    def __str__(self):
        return self.getquoted().decode("ascii", "replace")


class Inet:
    def __init__(self, addr):
        self.addr = addr

    def prepare(self, conn):
        pass

    def getquoted(self):
        return QuotedString(str(self.addr)).getquoted() + b"::inet"


def register_uuid(oids=None, conn_or_curs=None):
    register_adapter(_uuid.UUID, _UUID)
    t = _Type((2950,), "UUID", lambda s, cur: _uuid.UUID(s))
    register_type(t, conn_or_curs)
    return t


def register_default_jsonb(conn_or_curs=None, globally=False, loads=None):
    loads = loads or _json.loads
    t = _Type((3802,), "JSONB", lambda s, cur: loads(s))
    register_type(t, None if globally else conn_or_curs)
    return t


def register_default_json(conn_or_curs=None, globally=False, loads=None):
    loads = loads or _json.loads
    t = _Type((114,), "JSON", lambda s, cur: loads(s))
    register_type(t, None if globally else conn_or_curs)
    return t


def register_hstore(*a, **kw):
    raise NotImplementedError("hstore not supported in spike")


class Range:
    def __init__(self, lower=None, upper=None, bounds="[)", empty=False):
        self._lower, self._upper, self._bounds, self._empty = lower, upper, bounds, empty

    lower = property(lambda s: s._lower)
    upper = property(lambda s: s._upper)
    isempty = property(lambda s: s._empty)


class NumericRange(Range):
    pass


class DateRange(Range):
    pass


class DateTimeRange(Range):
    pass


class DateTimeTZRange(Range):
    pass
