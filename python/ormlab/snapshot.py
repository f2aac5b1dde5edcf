"""Preparing Python's heap to be saved as a memory snapshot (lib/runtime/python-snapshot.ts).

Files are not part of a snapshot, and neither are compiled modules that were never imported:
anything imported for the first time after a restore is read from python.zip and compiled then,
inside the learner's run. So before the heap is saved, this imports what lessons use and runs
one snippet of each kind of query through the runner, which also pulls in Django's lazily
imported internals (deletion collector, subqueries, window functions, async wrappers). The
database it runs against is thrown away; only Python's state is kept.
"""
import gc
import importlib
import linecache

MODULES = [
    # the ORM and what it imports lazily
    "django.db.models.functions", "django.db.models.sql.subqueries", "django.db.models.deletion",
    "django.db.models.expressions", "django.db.models.lookups", "django.db.models.aggregates",
    "django.db.models.fields.json", "django.db.models.constraints", "django.db.models.indexes",
    "django.db.transaction", "django.db.utils", "django.core.validators", "django.core.paginator",
    "django.core.exceptions", "django.core.serializers.json",
    # Not django.test.utils (CaptureQueriesContext): it imports django.test, and with it the test
    # client, unittest.mock and xml.dom, 0.8 MB of the brotli'd snapshot that every first visit
    # downloads. The few lessons that import it pay that import at their first run instead.
    # PostgreSQL features lessons teach
    "django.contrib.postgres.search", "django.contrib.postgres.aggregates",
    "django.contrib.postgres.indexes", "django.contrib.postgres.constraints",
    "django.contrib.postgres.fields", "django.contrib.postgres.functions",
    "django.contrib.postgres.lookups", "django.contrib.postgres.expressions",
    # schema lessons: makemigrations / migrate / sqlmigrate in the lab
    "django.core.management", "django.core.management.commands.migrate",
    "django.core.management.commands.makemigrations", "django.core.management.commands.sqlmigrate",
    "django.core.management.commands.showmigrations", "django.db.migrations.autodetector",
    "django.db.migrations.executor", "django.db.migrations.writer", "django.db.migrations.questioner",
    # async ORM and the standard library learner code reaches for
    "asgiref.sync", "asyncio", "decimal", "datetime", "zoneinfo", "json", "statistics",
    "collections", "itertools", "functools", "uuid", "random", "re", "textwrap", "pprint",
]

# One run per kind of query; results are discarded. Models are the dataset's, but the snippets
# only rely on Django's API: a model without a matching field just raises, which is fine.
SNIPPETS = [
    "from django.db.models import *\nfrom django.db.models.functions import *\n"
    "m = [v for v in globals().values() if isinstance(v, type) and hasattr(v, '_meta')]\n"
    "for model in m:\n"
    "    qs = model.objects.all()\n"
    "    list(qs[:3]); qs.count(); qs.exists(); list(qs.values()[:2]); list(qs.values_list('pk', flat=True)[:2])\n"
    "    qs.aggregate(n=Count('pk'), hi=Max('pk'))\n"
    "    list(qs.annotate(rn=Window(RowNumber(), order_by=F('pk').asc())).filter(Q(pk__gt=0) | Q(pk__lt=0))[:2])\n"
    "    list(qs.filter(pk__in=Subquery(model.objects.filter(pk=OuterRef('pk')).values('pk')[:1]))[:1])\n"
    "    list(qs.filter(Exists(model.objects.filter(pk=OuterRef('pk'))))[:1])\n"
    "    list(qs.annotate(x=Case(When(pk=1, then=Value(1)), default=Value(0))).order_by('-pk')[:1])\n"
    "    for f in model._meta.get_fields():\n"
    "        if f.is_relation and f.many_to_one and f.concrete:\n"
    "            list(qs.select_related(f.name)[:2])\n"
    "        elif f.is_relation and (f.one_to_many or f.many_to_many):\n"
    "            # a few related rows only: thousands of instances would grow the heap for good\n"
    "            list(qs.prefetch_related(Prefetch(f.name, f.related_model.objects.filter(pk__lte=2)))[:2])\n"
    "    obj = qs.first()\n"
    "    try:\n"
    "        obj.full_clean()\n"
    "    except Exception:\n"
    "        pass\n"
    "    for row in qs.iterator(chunk_size=2): break\n"
    "    qs.explain(format='json')\n"
    "from django.db import transaction\n"
    "with transaction.atomic():\n"
    "    sid = transaction.savepoint(); transaction.savepoint_rollback(sid)\n"
    "result = 1",
    "async def main():\n"
    "    from django.apps import apps\n"
    "    model = next(iter(apps.get_models()))\n"
    "    n = await model.objects.acount()\n"
    "    return [o async for o in model.objects.all()[:2]]\n"
    "await main()",
    "1 / 0",
]


async def prepare(run):
    """Import MODULES and run SNIPPETS with ``run`` (the session's run coroutine)."""
    for name in MODULES:
        importlib.import_module(name)
    for code in SNIPPETS:
        await run(code)
    linecache.clearcache()
    gc.collect()
