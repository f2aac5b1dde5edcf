"""psycopg2's connection over one PGlite instance (one database, one backend session)."""
from . import _wire
from ._cursor import cursor
from ._exc import InterfaceError, OperationalError, ProgrammingError, make_error
from .extensions import (
    TRANSACTION_STATUS_IDLE, TRANSACTION_STATUS_INERROR, TRANSACTION_STATUS_INTRANS,
)

_TX_STATUS = {"I": TRANSACTION_STATUS_IDLE, "T": TRANSACTION_STATUS_INTRANS,
              "E": TRANSACTION_STATUS_INERROR}
_ISOLATION_SQL = {1: "READ COMMITTED", 2: "REPEATABLE READ", 3: "SERIALIZABLE",
                  4: "READ UNCOMMITTED"}
_STARTUP_SETTINGS = ("server_version_num", "TimeZone", "server_version", "DateStyle",
                     "IntervalStyle", "standard_conforming_strings", "client_encoding")


class ConnectionInfo:
    def __init__(self, conn):
        self._conn = conn

    def parameter_status(self, name):
        return self._conn._params.get(name)

    @property
    def server_version(self):
        return int(self._conn._params.get("server_version_num", 0))

    @property
    def transaction_status(self):
        return _TX_STATUS[self._conn._status]

    @property
    def dbname(self):
        return self._conn._dbname

    @property
    def backend_pid(self):
        return 1


class connection:  # noqa: N801  (psycopg2's name)
    def __init__(self, dsn_params, cursor_factory=None):
        self._dbname = dsn_params.get("dbname") or dsn_params.get("database") or "postgres"
        self.dsn = " ".join(f"{k}={v}" for k, v in dsn_params.items() if k != "password")
        self.cursor_factory = cursor_factory or cursor
        self._autocommit = False
        self._isolation_level = None
        self._readonly = None
        self._deferrable = None
        self._closed = 0
        self._status = "I"
        self._params = {}
        self._casters = {}
        self.notices = []
        self.encoding = "UTF8"
        self.info = ConnectionInfo(self)
        if not _wire.open_database(self._dbname):
            raise OperationalError(
                f'connection to server failed: FATAL:  database "{self._dbname}" does not exist\n')
        # A PGlite instance is a single backend session shared by every connection to it, so a
        # new connection must not inherit a transaction left open by an earlier one.
        names = ", ".join(f"current_setting('{n}')" for n in _STARTUP_SETTINGS)
        res = _wire.simple_query(self._dbname, f"SELECT {names}")
        if res.status != "I":
            _wire.simple_query(self._dbname, "ROLLBACK")
        self._params.update(zip(_STARTUP_SETTINGS, res.results[-1].rows[0]))

    # -- the one path every statement takes --------------------------------------------
    def _run(self, sql, curs=None):
        """Run a statement as psycopg2 does: outside autocommit, open a transaction first."""
        if self._closed:
            raise InterfaceError("connection already closed")
        if not self._autocommit and self._status == "I":
            self._exec(self._begin_sql())
        return self._exec(sql, curs)

    def _begin_sql(self):
        sql = "BEGIN"
        if self._isolation_level is not None:
            sql += " ISOLATION LEVEL " + _ISOLATION_SQL[self._isolation_level]
        if self._readonly is not None:
            sql += " READ ONLY" if self._readonly else " READ WRITE"
        if self._deferrable is not None:
            sql += " DEFERRABLE" if self._deferrable else " NOT DEFERRABLE"
        return sql

    def _exec(self, sql, curs=None):
        res = _wire.simple_query(self._dbname, sql)
        self._status = res.status
        if res.params:
            self._params.update(res.params)
        if res.notices:
            self.notices.extend(res.notices)
            del self.notices[:-50]  # psycopg2 keeps the last 50
        if res.error is not None:
            exc = make_error(res.error)
            exc.cursor = curs
            raise exc
        return res

    # -- transaction control ---------------------------------------------------------------
    @property
    def autocommit(self):
        return self._autocommit

    @autocommit.setter
    def autocommit(self, value):
        self._require_idle("autocommit")
        self._autocommit = bool(value)

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        self._require_idle("isolation_level")
        self._isolation_level = None if value is None else int(value)

    def set_session(self, isolation_level=None, readonly=None, deferrable=None, autocommit=None):
        self._require_idle("set_session")
        if isolation_level is not None:
            self._isolation_level = int(isolation_level)
        if readonly is not None:
            self._readonly = readonly
        if deferrable is not None:
            self._deferrable = deferrable
        if autocommit is not None:
            self._autocommit = bool(autocommit)

    def set_isolation_level(self, level):
        if level == 0:
            self.autocommit = True
        else:
            self.rollback()
            self._autocommit = False
            self._isolation_level = level

    def _require_idle(self, what):
        if self._status != "I":
            raise ProgrammingError(f"{what} cannot be used inside a transaction")

    def commit(self):
        self._require_open()
        if self._status != "I":
            self._exec("COMMIT")

    def rollback(self):
        self._require_open()
        if self._status != "I":
            self._exec("ROLLBACK")

    def _require_open(self):
        if self._closed:
            raise InterfaceError("connection already closed")

    # -- the rest of the DB-API / psycopg2 surface ------------------------------------------
    @property
    def closed(self):
        return self._closed

    @property
    def server_version(self):
        return self.info.server_version

    @property
    def status(self):
        return 1 if self._status == "I" else 2

    def get_backend_pid(self):
        return 1

    def get_transaction_status(self):
        return _TX_STATUS[self._status]

    def get_parameter_status(self, name):
        return self._params.get(name)

    def cursor(self, name=None, cursor_factory=None, scrollable=None, withhold=False):
        self._require_open()
        return (cursor_factory or self.cursor_factory)(self, name, scrollable, withhold)

    def close(self):
        if not self._closed and self._status != "I":
            # Closing a real connection aborts its transaction; the shared session must too.
            _wire.simple_query(self._dbname, "ROLLBACK")
        self._closed = 1

    def reset(self):
        if self._status != "I":
            self._exec("ROLLBACK")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, *exc):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
