"""Configure and start Django for the lab's apps.

An app is a folder holding ``models.py`` (a dataset under content/datasets/, or any folder given
to the CLI with ``--app``); its label is the folder name. Migrations live outside the app folder,
in a ``ormlab_migrations.<label>`` package, so the app folder is never written to.
"""
import os
import sys

# Django refuses sync ORM calls when it thinks an event loop is running; in Pyodide the JS event
# loop always is. There are no threads here, so the check protects nothing.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

MIGRATIONS_PACKAGE = "ormlab_migrations"


def default_databases(names=("default",), host_kwargs=None):
    """DATABASES for the given aliases: each alias is its own PostgreSQL database."""
    dbs = {}
    for alias in names:
        db = {"ENGINE": "django.db.backends.postgresql",
              "NAME": "postgres" if alias == "default" else alias,
              "USER": "postgres"}
        db.update(host_kwargs or {})
        dbs[alias] = db
    return dbs


def configure(app_dirs, migrations_root, databases=None, extra_settings=None):
    """settings.configure() + django.setup() for the app folders. Opens no connection."""
    import django
    from django.conf import settings

    labels = []
    for app_dir in app_dirs:
        app_dir = os.path.abspath(app_dir)
        parent, label = os.path.split(app_dir.rstrip("/"))
        if parent not in sys.path:
            sys.path.insert(0, parent)
        labels.append(label)
    package_dir = os.path.join(migrations_root, MIGRATIONS_PACKAGE)
    for label in labels:
        os.makedirs(os.path.join(package_dir, label), exist_ok=True)
        for init in (os.path.join(package_dir, "__init__.py"), os.path.join(package_dir, label, "__init__.py")):
            if not os.path.exists(init):
                open(init, "w").close()
    if migrations_root not in sys.path:
        sys.path.insert(0, migrations_root)
    options = {
        "DEBUG": False,
        "SECRET_KEY": "ormlab-lab-not-secret",
        "USE_TZ": True,
        "TIME_ZONE": "UTC",
        "USE_I18N": False,
        "INSTALLED_APPS": ["django.contrib.contenttypes", "django.contrib.postgres", *labels],
        "DATABASES": databases or default_databases(),
        "DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField",
        "MIGRATION_MODULES": {label: f"{MIGRATIONS_PACKAGE}.{label}" for label in labels},
        "LOGGING_CONFIG": None,
    }
    options.update(extra_settings or {})
    settings.configure(**options)
    django.setup()
    return labels


def models_namespace(labels):
    """The names learner code (and seed scripts) see: every model of the apps, by class name,
    plus the ORM names most snippets need."""
    from django import db
    from django.apps import apps
    from django.db import connection, connections, models, transaction
    from django.db.models import (
        Avg, Case, Count, Exists, F, Max, Min, OuterRef, Prefetch, Q, Subquery, Sum, Value, When,
    )

    ns = {
        "models": models, "connection": connection, "connections": connections, "db": db,
        "transaction": transaction, "Q": Q, "F": F, "Count": Count, "Sum": Sum, "Avg": Avg,
        "Min": Min, "Max": Max, "Prefetch": Prefetch, "Value": Value, "Case": Case, "When": When,
        "Subquery": Subquery, "OuterRef": OuterRef, "Exists": Exists,
    }
    for label in labels:
        for model in apps.get_app_config(label).get_models():
            ns[model.__name__] = model
    return ns


def make_and_apply_migrations(labels, verbosity=0):
    """makemigrations for the apps (into ormlab_migrations) and migrate every database."""
    from django.conf import settings
    from django.core.management import call_command

    call_command("makemigrations", *labels, verbosity=verbosity, interactive=False)
    for alias in settings.DATABASES:
        call_command("migrate", database=alias, verbosity=verbosity, interactive=False)


def run_seed(seed_file, namespace):
    """Execute an app's seed.py with its models in scope, in one transaction."""
    from django.db import transaction

    with open(seed_file) as f:
        code = compile(f.read(), seed_file, "exec")
    with transaction.atomic():
        exec(code, {"__name__": "__seed__", "__file__": seed_file, **namespace})  # noqa: S102
