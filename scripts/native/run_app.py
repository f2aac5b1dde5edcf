"""Run a dataset app (models.py + seed.py) on a native PostgreSQL server.

Django 5.2 from .cache/python-src with Debian's psycopg2: the reference the
in-browser engine (PGlite) is compared against. Start a server first with
scripts/native/pg-cluster.sh, then:

    /usr/bin/python3 scripts/native/run_app.py --app content/datasets/bookstore \
        --host .cache/native-pg --port 54329 [--snippet FILE.py] [--keep-db]

Steps: fresh database, makemigrations (into a temporary package, never the
app folder) + migrate, seed.py with the models and `connection` in scope,
row counts and seed time, then the optional snippet with its queries.
"""

import argparse
import os
import sys
import tempfile
import time

# python-src also holds a zoneinfo/ folder (time-zone data for Pyodide) that
# would shadow the standard library's zoneinfo: import the real one first.
import zoneinfo  # noqa: F401

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Our Django 5.2 must win over any Debian python3-django on the system path.
sys.path.insert(0, os.path.join(REPO, ".cache", "python-src"))

import psycopg2  # noqa: E402  (Debian's real driver, not the engine's shim)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", required=True, help="folder holding models.py (label = folder name)")
    parser.add_argument("--host", required=True, help="unix socket directory of the server")
    parser.add_argument("--port", required=True, type=int)
    parser.add_argument("--snippet", help="Python file run with the models in scope")
    parser.add_argument("--dbname", help="database to (re)create; default ormlab_<label>")
    parser.add_argument("--checksums", action="store_true", help="print an md5 of every table")
    parser.add_argument("--keep-db", action="store_true", help="reuse the database, skip migrate+seed")
    return parser.parse_args(argv)


def recreate_database(host, port, dbname):
    # DROP/CREATE DATABASE cannot run in a transaction, hence autocommit.
    conn = psycopg2.connect(host=host, port=port, user="postgres", dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        cur.execute(f'CREATE DATABASE "{dbname}"')
    conn.close()


def configure_django(app_dir, host, port, dbname, migrations_root):
    import django
    from django.conf import settings

    label = os.path.basename(app_dir)
    sys.path.insert(1, os.path.dirname(app_dir))
    sys.path.insert(1, migrations_root)
    settings.configure(
        INSTALLED_APPS=["django.contrib.contenttypes", label],
        DATABASES={
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": dbname,
                "USER": "postgres",
                "HOST": host,
                "PORT": str(port),
            }
        },
        # Migrations go to a throwaway package so the app folder stays clean.
        MIGRATION_MODULES={label: f"ormlab_migrations.{label}"},
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        USE_TZ=True,
        TIME_ZONE="UTC",
        SECRET_KEY="native-harness",
    )
    django.setup()
    return label


def make_migrations_package(root, label):
    pkg = os.path.join(root, "ormlab_migrations")
    os.makedirs(os.path.join(pkg, label))
    for path in (pkg, os.path.join(pkg, label)):
        open(os.path.join(path, "__init__.py"), "w").close()


def model_scope(label):
    """Globals for seed and snippet: every model of the app by name, plus connection."""
    from django.apps import apps
    from django.db import connection

    scope = {"__name__": "__main__", "connection": connection}
    scope.update({m.__name__: m for m in apps.get_app_config(label).get_models()})
    return scope


def run_file(path, scope):
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, dict(scope, __file__=path))


def table_checksum(cursor, table):
    """md5 over every row in id order: equal sums mean identical data."""
    cursor.execute(f'SELECT md5(string_agg(t::text, E\'\\n\' ORDER BY t.id)) FROM "{table}" t')  # noqa: S608
    return cursor.fetchone()[0]


def report_tables(label, checksums):
    from django.apps import apps
    from django.db import connection

    models = list(apps.get_app_config(label).get_models())
    tables = [(m.__name__, m._meta.db_table) for m in models]
    for m in models:  # auto-created M2M tables are not in get_models()
        for field in m._meta.local_many_to_many:
            if field.remote_field.through._meta.auto_created:
                tables.append((f"{m.__name__}.{field.name}", field.remote_field.through._meta.db_table))
    with connection.cursor() as cursor:
        for name, table in tables:
            cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608
            line = f"  {name:<16} {cursor.fetchone()[0]:>8,}"
            if checksums:
                line += f"  {table_checksum(cursor, table)}"
            print(line)


def run_snippet(path, scope):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    print(f"\n== snippet {path}")
    with CaptureQueriesContext(connection) as ctx:
        run_file(path, scope)
    print(f"\n== {len(ctx.captured_queries)} queries")
    for i, q in enumerate(ctx.captured_queries, 1):
        print(f"-- [{i}] {float(q['time']) * 1000:.1f} ms\n{q['sql']}")


def main():
    args = parse_args()
    app_dir = os.path.abspath(args.app)
    label = os.path.basename(app_dir)
    dbname = args.dbname or f"ormlab_{label}"
    if not args.keep_db:
        recreate_database(args.host, args.port, dbname)

    with tempfile.TemporaryDirectory(prefix="ormlab-migrations-") as root:
        make_migrations_package(root, label)
        configure_django(app_dir, args.host, args.port, dbname, root)
        from django.core.management import call_command

        scope = model_scope(label)
        if not args.keep_db:
            call_command("makemigrations", label, verbosity=0)
            call_command("migrate", verbosity=0)
            seed = os.path.join(app_dir, "seed.py")
            if os.path.exists(seed):
                started = time.perf_counter()
                run_file(seed, scope)
                print(f"seed: {time.perf_counter() - started:.2f} s")
        print(f"rows in {dbname}:")
        report_tables(label, args.checksums)
        if args.snippet:
            run_snippet(args.snippet, scope)


if __name__ == "__main__":
    main()
