"""Golden SQL for the parity test: Django 5.2 + the real psycopg2 on a real PostgreSQL.

Every snippet in tests/parity/snippets/ runs through python/ormlab/runner.py (the same runner
the engine uses) with Debian's psycopg2 against a native server, each on a fresh copy of the
seeded bookstore database, and the final SQL text of every query (``cursor.query``) goes to
tests/parity/golden.json. tests/parity/parity.test.ts runs the same snippets in the engine
(PGlite + our driver) and compares byte for byte.

Run with Debian's interpreter (it has python3-psycopg2) against a running server, e.g. through
scripts/parity/make-golden.sh, which starts and stops a throwaway cluster:

    /usr/bin/python3 scripts/parity/make-golden.py --host .cache/parity-pg --port 54347 \
        [--only NAME ...] [--out FILE]
"""

import argparse
import asyncio
import datetime
import json
import os
import platform
import sys
import tempfile
import time

# .cache/python-src holds a zoneinfo/ folder (tzdata for Pyodide) that would shadow the
# standard library's zoneinfo: import the real one first.
import zoneinfo  # noqa: F401

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SNIPPETS = os.path.join(REPO, "tests", "parity", "snippets")
GOLDEN = os.path.join(REPO, "tests", "parity", "golden.json")
APP_DIR = os.path.join(REPO, "content", "datasets", "bookstore")
TEMPLATE_DB = "ormlab_parity_pristine"
RUN_DB = "ormlab_parity_run"

# The same Django the engine bundles must win over any python3-django on the system path.
sys.path.insert(0, os.path.join(REPO, ".cache", "python-src"))

import psycopg2  # noqa: E402  (Debian's real driver)

if os.path.abspath(psycopg2.__file__).startswith(REPO):
    sys.exit(f"psycopg2 resolved to the engine's driver ({psycopg2.__file__}), not the real one")
# python/ goes AFTER the system paths: ormlab is ours, psycopg2 must stay Debian's.
sys.path.append(os.path.join(REPO, "python"))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", required=True, help="unix socket directory of the server")
    parser.add_argument("--port", required=True, type=int)
    parser.add_argument("--only", nargs="*", help="snippet names to run (default: all); merged into --out")
    parser.add_argument("--out", default=GOLDEN)
    return parser.parse_args()


def admin(host, port, *statements):
    # CREATE/DROP DATABASE cannot run in a transaction block, hence autocommit.
    conn = psycopg2.connect(host=host, port=port, user="postgres", dbname="postgres")
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for statement in statements:
                cur.execute(statement)
    finally:
        conn.close()


def fresh_copy(host, port):
    admin(host, port, f'DROP DATABASE IF EXISTS "{RUN_DB}" WITH (FORCE)',
          f'CREATE DATABASE "{RUN_DB}" TEMPLATE "{TEMPLATE_DB}"')


def snippet_names():
    return sorted(f[:-3] for f in os.listdir(SNIPPETS) if f.endswith(".py"))


def main():
    args = parse_args()
    names = snippet_names()
    if args.only:
        unknown = set(args.only) - set(names)
        if unknown:
            sys.exit(f"no such snippets: {sorted(unknown)}")
        names = [n for n in names if n in args.only]

    admin(args.host, args.port, f'DROP DATABASE IF EXISTS "{TEMPLATE_DB}" WITH (FORCE)',
          f'CREATE DATABASE "{TEMPLATE_DB}"')
    migrations_root = tempfile.mkdtemp(prefix="ormlab-parity-migrations-")

    from ormlab import bootstrap

    databases = bootstrap.default_databases(
        ["default"], {"HOST": args.host, "PORT": str(args.port), "NAME": TEMPLATE_DB})
    labels = bootstrap.configure([APP_DIR], migrations_root, databases=databases)
    namespace = bootstrap.models_namespace(labels)

    from django import get_version
    from django.db import connection

    from ormlab import runner

    started = time.perf_counter()
    bootstrap.make_and_apply_migrations(labels)
    bootstrap.run_seed(os.path.join(APP_DIR, "seed.py"), namespace)
    with connection.cursor() as cursor:  # the seed ran in a transaction: ANALYZE only
        cursor.execute("VACUUM ANALYZE")
    server_version = connection.pg_version
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        server_version_text = cursor.fetchone()[0]
    connection.close()
    print(f"migrated and seeded {TEMPLATE_DB} in {time.perf_counter() - started:.1f} s", flush=True)

    connection.settings_dict["NAME"] = RUN_DB
    results = {}
    for name in names:
        with open(os.path.join(SNIPPETS, name + ".py")) as f:
            code = f.read()
        connection.close()
        fresh_copy(args.host, args.port)
        # Connect outside the capture, as the engine does at boot (warm_up): connection set-up
        # queries (django.contrib.postgres's type lookups) are not the learner's.
        connection.ensure_connection()
        t0 = time.perf_counter()
        run = asyncio.run(runner.run(code, namespace))
        error = run["error"]["type"] if run["error"] else None
        results[name] = {"sql": [q["sql"] for q in run["queries"]], "error": error}
        status = f"ERROR {error}: {run['error']['message'][:200]}" if error else "ok"
        print(f"{name:<32} {len(run['queries']):>3} queries  {time.perf_counter() - t0:5.2f} s  {status}",
              flush=True)
    connection.close()
    admin(args.host, args.port, f'DROP DATABASE IF EXISTS "{RUN_DB}" WITH (FORCE)')

    snippets = {}
    if args.only and os.path.exists(args.out):
        with open(args.out) as f:
            snippets = json.load(f)["snippets"]
    snippets.update(results)
    golden = {
        "meta": {
            "django": get_version(),
            "psycopg2": psycopg2.__version__,
            "python": platform.python_version(),
            "postgresql": server_version_text,
            "postgresqlVersionNum": server_version,
            "generated": datetime.date.today().isoformat(),
            "generator": "scripts/parity/make-golden.py",
        },
        "snippets": {k: snippets[k] for k in sorted(snippets)},
    }
    with open(args.out, "w") as f:
        json.dump(golden, f, indent=1, ensure_ascii=False)
        f.write("\n")
    errors = sum(1 for r in results.values() if r["error"])
    print(f"wrote {args.out}: {len(results)} snippets run, {errors} ended in an error")


if __name__ == "__main__":
    main()
