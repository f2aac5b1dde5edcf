"""psycopg2.extensions subset: client-side adaptation (quoting) + typecaster
registration.  Quoting rules follow psycopg2 2.9 byte-for-byte where we know
them (negative numbers get a leading space, ::timestamptz casts, ARRAY[...])."""
import datetime
import decimal
import math
import uuid as _uuid


ISOLATION_LEVEL_AUTOCOMMIT = 0
ISOLATION_LEVEL_READ_UNCOMMITTED = 4
ISOLATION_LEVEL_READ_COMMITTED = 1
ISOLATION_LEVEL_REPEATABLE_READ = 2
ISOLATION_LEVEL_SERIALIZABLE = 3
ISOLATION_LEVEL_DEFAULT = None

TRANSACTION_STATUS_IDLE = 0
TRANSACTION_STATUS_ACTIVE = 1
TRANSACTION_STATUS_INTRANS = 2
TRANSACTION_STATUS_INERROR = 3
TRANSACTION_STATUS_UNKNOWN = 4

adapters = {}


class ISQLQuote:
    def __init__(self, wrapped):
        self._wrapped = wrapped


class AsIs:
    def __init__(self, obj):
        self.adapted = obj

    def getquoted(self):
        return str(self.adapted).encode()


class QuotedString:
    encoding = "utf8"

    def __init__(self, s):
        self.adapted = s

    def prepare(self, conn):
        pass

    def getquoted(self):
        s = self.adapted
        if isinstance(s, bytes):
            s = s.decode(self.encoding)
        if "\x00" in s:
            raise ValueError("A string literal cannot contain NUL (0x00) characters.")
        # standard_conforming_strings=on (PG default) -> only quotes are doubled
        return ("'" + s.replace("'", "''") + "'").encode(self.encoding)


class Binary:
    def __init__(self, b):
        self.adapted = b

    def prepare(self, conn):
        pass

    def getquoted(self):
        return b"'\\x" + bytes(self.adapted).hex().encode() + b"'::bytea"


def _num(v):
    s = repr(v) if isinstance(v, float) else str(v)
    return (" " + s) if s.startswith("-") else s


def _adapt_float(v):
    if math.isnan(v):
        return AsIs("'NaN'::float")
    if math.isinf(v):
        return AsIs("'Infinity'::float" if v > 0 else "'-Infinity'::float")
    return AsIs(_num(v))


def _adapt_decimal(v):
    if not v.is_finite():
        return AsIs("'NaN'::numeric")
    return AsIs(_num(v))


def _adapt_datetime(v):
    cast = "::timestamptz" if v.tzinfo is not None else "::timestamp"
    return AsIs("'" + v.isoformat() + "'" + cast)


def _adapt_date(v):
    return AsIs("'" + v.isoformat() + "'::date")


def _adapt_time(v):
    # psycopg2: an aware time is a timetz, like an aware datetime is a timestamptz
    cast = "::timetz" if v.tzinfo is not None else "::time"
    return AsIs("'" + v.isoformat() + "'" + cast)


def _adapt_timedelta(v):
    return AsIs("'%d days %d.%06d seconds'::interval" % (v.days, v.seconds, v.microseconds))


class _List:
    def __init__(self, seq):
        self.adapted = seq

    def getquoted(self):
        # psycopg2's list_quote (adapter_list.c): ARRAY[...], except that an empty list is '{}'
        # (usable in ANY() without a cast), an empty list inside a list becomes ARRAY[], and a
        # list holding only NULLs (or lists of them) uses the '{NULL,...}' literal, which the
        # ARRAY[] constructor cannot express.
        if not self.adapted:
            return b"'{}'"
        quoted = []
        all_nulls = True
        for x in self.adapted:
            if x is None:
                quoted.append(b"NULL")
                continue
            q = adapt(x).getquoted()
            if isinstance(x, list):
                if q[:1] == b"A":
                    all_nulls = False
                elif q == b"'{}'":
                    all_nulls = False
                    q = b"ARRAY[]"
            else:
                all_nulls = False
            quoted.append(q)
        if not all_nulls:
            return b"ARRAY[" + b",".join(quoted) + b"]"
        # every item is NULL or a '{...}' literal of NULLs: strip their quotes and nest them
        return b"'{" + b",".join(q[1:-1] if q[:1] == b"'" else q for q in quoted) + b"}'"


class _Tuple:
    def __init__(self, seq):
        self.adapted = seq

    def getquoted(self):
        # psycopg2 2.9 renders an empty tuple as "()" (the server rejects it, as natively)
        return b"(" + b", ".join(adapt(x).getquoted() for x in self.adapted) + b")"


class _Bool:
    def __init__(self, v):
        self.adapted = v

    def getquoted(self):
        return b"true" if self.adapted else b"false"


class _Null:
    def getquoted(self):
        return b"NULL"


_NULL = _Null()


class _UUID:
    def __init__(self, v):
        self.adapted = v

    def getquoted(self):
        return b"'" + str(self.adapted).encode() + b"'::uuid"


_BUILTIN = {
    bool: _Bool,
    int: lambda v: AsIs(_num(v)),
    float: _adapt_float,
    decimal.Decimal: _adapt_decimal,
    str: QuotedString,
    bytes: Binary, bytearray: Binary, memoryview: Binary,
    datetime.datetime: _adapt_datetime,
    datetime.date: _adapt_date,
    datetime.time: _adapt_time,
    datetime.timedelta: _adapt_timedelta,
    list: _List,
    tuple: _Tuple,
}


def register_adapter(typ, callable):
    adapters[typ] = callable


def adapt(obj):
    if obj is None:
        return _NULL
    t = type(obj)
    f = adapters.get(t) or _BUILTIN.get(t)
    if f is None:
        if hasattr(obj, "getquoted"):  # already an adapter (Json, Inet, ...)
            return obj
        if hasattr(obj, "__conform__"):
            r = obj.__conform__(ISQLQuote)
            if r is not None:
                return r
        for base in t.__mro__[1:]:
            f = adapters.get(base) or _BUILTIN.get(base)
            if f is not None:
                break
        else:
            from ._exc import ProgrammingError
            raise ProgrammingError(f"can't adapt type '{t.__name__}'")
    return f(obj)


# ---- typecasters -----------------------------------------------------------
string_types = {}


class _Type:
    def __init__(self, oids, name, caster):
        self.values = tuple(oids)
        self.name = name
        self._caster = caster

    def __call__(self, value, cursor=None):
        return None if value is None else self._caster(value, cursor)


def new_type(oids, name, castobj):
    return _Type(oids, name, lambda s, cur: castobj(s, cur))


def new_array_type(oids, name, base_caster):
    from ._casts import parse_array
    return _Type(oids, name, lambda s, cur: parse_array(s, lambda v: base_caster(v, cur)))


UNICODE = _Type((25, 1043), "UNICODE", lambda s, cur: s)
STRING = UNICODE

# global registry: oid -> f(str, cursor)
_global_casters = {}


def register_type(typ, scope=None):
    target = _global_casters if scope is None else scope._casters
    for oid in typ.values:
        target[oid] = typ._caster


class cursor:  # replaced at import time by psycopg2.__init__
    pass


class connection:  # replaced at import time by psycopg2.__init__
    pass
