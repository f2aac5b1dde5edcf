from django.db import connection, migrations, models
from django.db.migrations.executor import MigrationExecutor
from django.utils.text import slugify

# What `migrate` does with each migration file, for migrations written here: apply it in its
# own transaction and record it in django_migrations.
executor = MigrationExecutor(connection)
state = executor.loader.project_state(("bookstore", "0001_initial"))


def apply(migration_class, name):
    global state
    state = executor.apply_migration(state, migration_class(name, "bookstore"))


# 1. Expand: a nullable column, so the existing rows need no value yet.
class AddNullableSlug(migrations.Migration):
    dependencies = [("bookstore", "0001_initial")]
    operations = [
        migrations.AddField("store", "slug", models.SlugField(max_length=100, null=True)),
    ]


# 2. Backfill: the historical model from `apps`, one row at a time.
def fill_slugs(apps, schema_editor):
    Store = apps.get_model("bookstore", "Store")
    for store in Store.objects.all():
        store.slug = slugify(store.name)
        store.save()


class FillSlugs(migrations.Migration):
    dependencies = [("bookstore", "0002_store_slug_nullable")]
    operations = [migrations.RunPython(fill_slugs, migrations.RunPython.noop)]


# 3. Contract: now that no row is NULL, make the column NOT NULL and unique.
class RequireSlug(migrations.Migration):
    dependencies = [("bookstore", "0003_fill_store_slugs")]
    operations = [
        migrations.AlterField("store", "slug", models.SlugField(max_length=100, unique=True)),
    ]


apply(AddNullableSlug, "0002_store_slug_nullable")
apply(FillSlugs, "0003_fill_store_slugs")
apply(RequireSlug, "0004_store_slug_required")

result = list(Store.objects.order_by("id").values_list("name", "slug"))
