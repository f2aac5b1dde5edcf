# Rarer parameter types and edge values psycopg2 adapts (one statement each; failures recorded)
import datetime
import enum
from decimal import Decimal
from zoneinfo import ZoneInfo
from psycopg2.extras import Json


class Level(enum.IntEnum):
    HIGH = 3


values = [
    datetime.time(12, 30, tzinfo=datetime.timezone.utc),
    datetime.datetime(2024, 7, 1, 9, 0, tzinfo=ZoneInfo("Europe/Paris")),
    datetime.datetime(2024, 12, 1, 9, 0, tzinfo=ZoneInfo("America/St_Johns")),
    datetime.datetime(1, 1, 1), datetime.datetime(9999, 12, 31, 23, 59, 59, 999999),
    datetime.date(9999, 12, 31),
    datetime.timedelta(microseconds=-1), datetime.timedelta(days=999999999),
    Decimal("Infinity"), Decimal("-Infinity"), Decimal("-0"), Decimal("0E-10"), Decimal("123456789012345678901234567890.123"),
    5e-324, 1.7976931348623157e308, 123456789.0, 0.1 + 0.2, 1e16, -1e-5,
    True + 0, Level.HIGH, Order.Status.PAID,
    [None], [[]], [[1, None], [None, 2]], ["x", ["y"]],
    Json({"a": "it's", "b": [1, 2.5, None]}), Json([]), Json("str"), Json(None),
    (), (1,), ("a", None),
    "\x01\x7f control", "\u2028 line sep", "e\u0301 combining", "\U0001f600" * 3,
    {"not": "adaptable"},
]
out = []
with connection.cursor() as cursor:
    for v in values:
        try:
            cursor.execute("SELECT %s", [v])
            out.append(str(cursor.fetchone()[0])[:40])
        except Exception as e:
            out.append(type(e).__name__)
result = out
