from django.apps import apps
from django.conf import settings

# The one installed app that is not part of Django: its label is the last part of its path.
app_path = next(a for a in settings.INSTALLED_APPS if not a.startswith("django."))
config = apps.get_app_config(app_path.rsplit(".", 1)[-1])
result = [(m._meta.label, m._meta.db_table, m.objects.count()) for m in config.get_models()]
