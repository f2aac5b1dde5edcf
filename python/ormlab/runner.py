"""Run learner code the way the lab shows it.

The code runs with the app's models in scope (plus a few common ORM names), stdout captured,
and every query recorded. Its value is ``result`` if the code assigns it, else the value of the
last expression. Top-level ``await`` is allowed (async ORM lessons).
"""
import ast
import contextlib
import io
import linecache
import time

from django.db import connections

from . import introspect, serialize, tracebacks
from .capture import QueryCapture

LEARNER_FILE = "query.py"
MAX_OUTPUT_CHARS = 100_000


class _CappedBuffer(io.StringIO):
    """stdout that keeps the first MAX_OUTPUT_CHARS characters and counts the rest."""

    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.dropped = 0

    def write(self, s):
        room = self.limit - self.tell()
        if room <= 0:
            self.dropped += len(s)
            return len(s)
        if len(s) > room:
            self.dropped += len(s) - room
            super().write(s[:room])
            return len(s)
        return super().write(s)


_capture = QueryCapture(LEARNER_FILE)


def _split_last_expression(tree):
    """(body, last expression or None): the expression is evaluated separately for its value."""
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body.pop()
        return tree, ast.Expression(last.value, lineno=last.lineno)
    return tree, None


def _result_line(tree):
    """Line of the last assignment to ``result`` (queries run while serializing it go there)."""
    line = None
    for node in ast.walk(tree):
        targets = getattr(node, "targets", None) or [getattr(node, "target", None)]
        for t in targets:
            if isinstance(t, ast.Name) and t.id == "result":
                line = max(line or 0, node.lineno)
    return line


def _compile(code):
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    linecache.cache[LEARNER_FILE] = (len(code), None, code.splitlines(True), LEARNER_FILE)
    tree = compile(code, LEARNER_FILE, "exec", ast.PyCF_ONLY_AST | flags)
    result_line = _result_line(tree)
    body, last = _split_last_expression(tree)
    body_code = compile(body, LEARNER_FILE, "exec", flags)
    last_code = compile(last, LEARNER_FILE, "eval", flags) if last is not None else None
    return body_code, last_code, (last.lineno if last is not None else None), result_line


async def _evaluate(code_obj, scope, mode_eval):
    value = eval(code_obj, scope)  # noqa: S307  (running learner code is the point)
    if code_obj.co_flags & 0x80:  # CO_COROUTINE: the code used top-level await
        value = await value
    return value if mode_eval else None


def _scope(namespace):
    scope = {"__name__": "__main__", "__file__": LEARNER_FILE}
    scope.update(namespace)
    return scope


async def run(code, namespace, max_rows=serialize.DEFAULT_MAX_ROWS, max_output=MAX_OUTPUT_CHARS):
    """Run ``code``; return the RunResult dict (see lib/runtime/protocol.ts)."""
    _capture.install()
    _restart_savepoint_names()
    out = _CappedBuffer(max_output)
    result = error = None
    started = time.perf_counter()
    _capture.start()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            try:
                body, last, last_line, result_line = _compile(code)
                scope = _scope(namespace)
                await _evaluate(body, scope, False)
                if "result" in scope and result_line is not None:
                    _capture.fallback_line = result_line
                    value = scope["result"]
                elif last is not None:
                    _capture.fallback_line = last_line
                    value = await _evaluate(last, scope, True)
                else:
                    value = None
                # Serializing may evaluate a lazy QuerySet: its queries belong to this run.
                result = serialize.serialize(value, max_rows)
            except BaseException as exc:  # noqa: BLE001  (SystemExit, KeyboardInterrupt too)
                error = tracebacks.describe(exc, LEARNER_FILE)
    finally:
        queries = _capture.stop()
        _rollback_leftovers()
    stdout = out.getvalue()
    if out.dropped:
        stdout += f"\n[output truncated: {out.dropped} more characters]\n"
    return {
        "ok": error is None,
        "result": result,
        "stdout": stdout,
        "queries": queries,
        "queryCount": len(queries),
        "error": error,
        "durationMs": round((time.perf_counter() - started) * 1000, 3),
        "calls": introspect.calls(code),
    }


def _restart_savepoint_names():
    """Number savepoints from 1 in every run, as a new Django process would: the same code then
    shows the same SQL ("s1_x1") however many runs came before. No transaction is open between
    runs (see _rollback_leftovers), so no live savepoint name can clash."""
    for conn in connections.all(initialized_only=True):
        if not conn.in_atomic_block:
            conn.savepoint_state = 0


def _rollback_leftovers():
    """Leave no transaction open behind a run (an exception inside atomic() already rolled back;
    this covers code that called set_autocommit(False) or raised mid-transaction)."""
    for conn in connections.all(initialized_only=True):
        if conn.connection is None:
            continue
        if conn.in_atomic_block:
            conn.atomic_blocks.clear()
            conn.savepoint_ids.clear()
            conn.in_atomic_block = False
            conn.needs_rollback = False
        try:
            conn.connection.rollback()
        except Exception:  # noqa: BLE001
            conn.close()
            continue
        if not conn.get_autocommit():
            conn.set_autocommit(True)
