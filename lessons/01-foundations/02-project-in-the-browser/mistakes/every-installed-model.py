from django.apps import apps

result = [(m._meta.label, m._meta.db_table, m.objects.count()) for m in apps.get_models()]
