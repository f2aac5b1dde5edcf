# Parameters psycopg2 adapts itself (through connection.cursor()): every common Python type
import datetime
import uuid
from decimal import Decimal
utc = datetime.timezone.utc
values = [
    None, True, False, 0, -1, 2**63 - 1, -2**63, 1.5, -1.5, -0.0, 1e-7, 1e300, 3.141592653589793,
    float("nan"), float("inf"), float("-inf"),
    Decimal("0.10"), Decimal("-0.10"), Decimal("1E+3"), Decimal("-1.23E-5"), Decimal("NaN"),
    "plain", "it's", "back\\slash", "naïve 東京 🚀", "50%", "%s", "%(x)s", "line\nbreak",
    b"\x00\xff'\\", bytearray(b"ab"), memoryview(b"cd"),
    datetime.date(2024, 2, 29), datetime.date(1, 1, 1),
    datetime.time(12, 34, 56, 789), datetime.time(0, 0),
    datetime.datetime(2024, 2, 29, 12, 0, 0), datetime.datetime(2024, 2, 29, 12, 0, 0, 5, tzinfo=utc),
    datetime.timedelta(days=1, hours=2, microseconds=3), datetime.timedelta(days=-1, seconds=5), datetime.timedelta(0),
    [1, 2, 3], [], ["a", "b'c", None], [[1, 2], [3, 4]], [1.5, -2.5], [Decimal("1.1")], [True, False],
    [datetime.date(2024, 1, 1)],
    uuid.UUID("12345678-1234-5678-1234-567812345678"),
]
out = []
with connection.cursor() as cursor:
    for v in values:
        cursor.execute("SELECT %s", [v])
        out.append(repr(cursor.fetchone()[0])[:40])
    cursor.execute("SELECT %s IN %s, %s", [2, (1, 2, 3), ("a", "b")])
    cursor.execute("SELECT %(a)s::int + %(a)s::int, %(b)s", {"a": -7, "b": "x"})
    cursor.execute("SELECT 'literal %% sign', %s", ["v"])
result = out
