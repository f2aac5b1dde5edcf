"""Turn the value of learner code into JSON the inspector can show.

Shapes (the ``kind`` key): ``table`` (columns + rows: QuerySets, model instances, lists of
dicts/tuples/instances), ``json`` (primitives, lists, dicts), ``text`` (anything else, as repr),
``none``. Cells are JSON scalars; Decimal, dates, UUIDs and the like become their canonical text
so results compare exactly and never lose precision.
"""
import datetime
import decimal
import uuid

from django.db import models
from django.db.models.query import QuerySet

DEFAULT_MAX_ROWS = 500


def to_jsonable(value):
    """One scalar-ish value as JSON (containers recurse)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(value)
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "\\x" + bytes(value).hex()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, models.Model):
        return str(value)
    adapted = getattr(value, "adapted", None)  # driver adapters such as Json(...)
    if adapted is not None:
        return to_jsonable(adapted)
    return repr(value)


def _instance_columns(model, extra=()):
    cols = [f.attname for f in model._meta.concrete_fields]
    return cols + [c for c in extra if c not in cols]


def _queryset_columns(qs):
    query = qs.query
    names = [*query.extra_select, *query.values_select, *query.annotation_select]
    return list(getattr(qs, "_fields", None) or names)


def _table(columns, rows, max_rows):
    total = len(rows)
    shown = rows[:max_rows]
    return {"kind": "table", "columns": columns, "rows": shown, "rowCount": total,
            "truncated": total > len(shown)}


def _rows_from_items(items, columns):
    """Rows for a homogeneous list of instances, dicts, tuples or scalars; None if mixed."""
    first = items[0]
    if isinstance(first, models.Model):
        if not all(isinstance(i, type(first)) for i in items):
            return None
        return [[to_jsonable(getattr(i, c, None)) for c in columns] for i in items]
    if isinstance(first, dict):
        return [[to_jsonable(i.get(c)) for c in columns] for i in items]
    if isinstance(first, tuple):
        return [[to_jsonable(v) for v in i] for i in items]
    return [[to_jsonable(i)] for i in items]


def serialize_queryset(qs, max_rows):
    items = list(qs)  # evaluates once, with the learner's own SQL (no extra LIMIT)
    iterable = qs._iterable_class.__name__
    if iterable == "ModelIterable":
        columns = _instance_columns(qs.model, [*qs.query.extra_select, *qs.query.annotation_select])
    elif iterable == "FlatValuesListIterable":
        columns = _queryset_columns(qs)[:1] or ["value"]
    else:
        columns = _queryset_columns(qs)
    if not items:
        return _table(columns, [], max_rows)
    rows = _rows_from_items(items, columns)
    return _table(columns, rows, max_rows)


def serialize(value, max_rows=DEFAULT_MAX_ROWS):
    if value is None:
        return {"kind": "none"}
    if isinstance(value, QuerySet):
        return serialize_queryset(value, max_rows)
    if isinstance(value, models.Model):
        return _table(_instance_columns(type(value)), _rows_from_items([value], _instance_columns(type(value))), max_rows)
    if isinstance(value, (list, tuple)) and value:
        items = list(value)
        first = items[0]
        if isinstance(first, models.Model) and all(isinstance(i, type(first)) for i in items):
            columns = _instance_columns(type(first))
            return _table(columns, _rows_from_items(items, columns), max_rows)
        if isinstance(first, dict) and all(isinstance(i, dict) and i.keys() == first.keys() for i in items):
            columns = list(first.keys())
            return _table(columns, _rows_from_items(items, columns), max_rows)
    if isinstance(value, (bool, int, float, str, decimal.Decimal, dict, list, tuple, set,
                          datetime.date, datetime.time, datetime.timedelta, uuid.UUID)):
        return {"kind": "json", "value": to_jsonable(value)}
    return {"kind": "text", "value": repr(value)}
