"""Subset of psycopg2.errors: SQLSTATE-specific exception classes."""
from . import _exc as _e
from ._exc import lookup  # noqa: F401

for _name, _cls in _e.SQLSTATE_CLASSES.items():
    globals()[_cls.__name__] = _cls
