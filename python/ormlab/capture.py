"""Query capture at the cursor.

Installed as a Django ``execute_wrapper`` on every connection, so it sees exactly the calls
Django's ``CaptureQueriesContext`` (and so ``assertNumQueries``) counts: one per
``cursor.execute()`` / ``executemany()``, savepoints included, implicit BEGIN/COMMIT not.
The SQL recorded is the driver's ``cursor.query``: the final text PostgreSQL received.
"""
import sys
import time

from django.db import connections

from .serialize import to_jsonable


class QueryCapture:
    def __init__(self, learner_file):
        self.learner_file = learner_file
        self.queries = []
        self.active = False
        # Line to blame when no learner frame is on the stack: a lazy QuerySet evaluated after
        # the code finished (the value of its last expression) belongs to that expression.
        self.fallback_line = None

    def install(self):
        """Attach to every configured database alias (idempotent)."""
        for alias in connections:
            wrappers = connections[alias].execute_wrappers
            if self not in wrappers:
                wrappers.append(self)

    def start(self):
        self.queries = []
        self.fallback_line = None
        self.active = True

    def stop(self):
        self.active = False
        return self.queries

    def learner_line(self):
        frame = sys._getframe(2)
        while frame is not None:
            if frame.f_code.co_filename == self.learner_file:
                return frame.f_lineno
            frame = frame.f_back
        return self.fallback_line

    def __call__(self, execute, sql, params, many, context):
        if not self.active:
            return execute(sql, params, many, context)
        line = self.learner_line()
        started = time.perf_counter()
        error = None
        try:
            return execute(sql, params, many, context)
        except Exception as exc:
            error = getattr(exc, "pgcode", None) or getattr(exc.__cause__, "pgcode", None) or type(exc).__name__
            raise
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            db_cursor = context["cursor"].cursor
            final = getattr(db_cursor, "query", None)
            connection = context["connection"]
            self.queries.append({
                "sql": final.decode() if isinstance(final, bytes) else (final or sql),
                "rawSql": sql,
                "params": _jsonable_params(params, many),
                "durationMs": round(elapsed, 3),
                "rowCount": getattr(db_cursor, "rowcount", -1),
                "line": line,
                "database": connection.alias,
                "inTransaction": not connection.get_autocommit(),
                "many": bool(many),
                "error": error,
            })


def _jsonable_params(params, many):
    if params is None:
        return None
    if many:
        return [to_jsonable(p) for p in params]
    if isinstance(params, dict):
        return {k: to_jsonable(v) for k, v in params.items()}
    return [to_jsonable(p) for p in params]
