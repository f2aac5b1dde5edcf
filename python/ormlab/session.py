"""The lab session the engine drives: one Django setup, many runs.

The TypeScript engine (lib/runtime/engine.ts) calls these functions with plain strings and
gets JSON strings back, so nothing Python-specific crosses the bridge.
"""
import json

from . import bootstrap, introspect, runner

_state = {"labels": None, "namespace": None}


def start(config_json):
    """Configure Django for the apps; returns the model names learner code can use."""
    config = json.loads(config_json)
    labels = bootstrap.configure(
        config["appDirs"], config["migrationsRoot"],
        databases=bootstrap.default_databases(config.get("databases") or ["default"]))
    _state["labels"] = labels
    _state["namespace"] = bootstrap.models_namespace(labels)
    return json.dumps({"labels": labels, "models": _model_names(labels)})


def _model_names(labels):
    from django.apps import apps
    return [m.__name__ for label in labels for m in apps.get_app_config(label).get_models()]


def migrate_and_seed(seed_files_json):
    """Fresh databases only: make + apply migrations, then run each app's seed.py."""
    bootstrap.make_and_apply_migrations(_state["labels"])
    for seed_file in json.loads(seed_files_json):
        bootstrap.run_seed(seed_file, _state["namespace"])
    close_connections()


def migrate_app(label):
    """makemigrations + migrate for one app (a lesson's work app, migrated at boot)."""
    from django.core.management import call_command

    call_command("makemigrations", label, verbosity=0, interactive=False)
    call_command("migrate", label, verbosity=0, interactive=False)
    close_connections()


def warm_up():
    """Open the default connection and run one ORM query, so Django's lazy imports and the
    connection's first-use work happen during boot rather than in the learner's first run."""
    from django.apps import apps
    from django.db import connection

    models = apps.get_app_config(_state["labels"][0]).get_models()
    for model in models:
        # Only the primary key: with a learner-edited models.py a column may not exist yet
        # (the learner has not migrated), and selecting it would stop the lab from starting.
        model.objects.values_list("pk", flat=True).first()
        break
    connection.ensure_connection()


async def run(code, max_rows, max_output):
    result = await runner.run(code, _state["namespace"], max_rows=max_rows, max_output=max_output)
    return json.dumps(result)


def info():
    """What start() returned, for an engine restored from a snapshot taken after start()."""
    labels = _state["labels"]
    return json.dumps({"labels": labels, "models": _model_names(labels)})


async def prepare_snapshot():
    """Import and exercise what learner runs need, then close connections: the heap is saved next."""
    from . import snapshot

    await snapshot.prepare(lambda code: runner.run(code, _state["namespace"]))
    close_connections()


def forget_connections():
    """Drop the connection objects, not only their sockets: they count savepoints (names like
    "s1_x3"), and a snapshot would carry the warm-up's count into every learner's first run.
    Synchronous on purpose: connections live in a context-local, and a deletion made inside a
    coroutine would only change that coroutine's copy."""
    from django.db import connections
    for alias in connections:
        del connections[alias]


def imported_files():
    """For each zip archive on sys.path, the entries of the modules sys.modules holds, as JSON
    ({archive: [entry, ...]}). A snapshot holds these modules compiled, so the archives shipped
    beside it need not carry their sources (scripts/runtime/blank-zip-entries.ts)."""
    import sys
    import zipimport
    found = {}
    for module in list(sys.modules.values()):
        spec = getattr(module, "__spec__", None)
        loader = getattr(spec, "loader", None)
        origin = getattr(spec, "origin", None)
        if isinstance(loader, zipimport.zipimporter) and origin and origin.startswith(loader.archive + "/"):
            found.setdefault(loader.archive, set()).add(origin[len(loader.archive) + 1:])
    return json.dumps({archive: sorted(entries) for archive, entries in found.items()})


def describe():
    """The app's models and fields (ModelInfo[] in lib/runtime/protocol.ts) as JSON."""
    return json.dumps(introspect.describe(_state["labels"]))


def close_connections():
    """Forget every open connection (after the database under them was swapped for a pristine
    copy): the next query reconnects and re-initializes the session, as on a new server."""
    from django.db import connections
    for conn in connections.all(initialized_only=True):
        conn.close()
