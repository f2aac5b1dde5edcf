"""What the lab knows about the learner's code and models, without running anything.

``calls`` reads the learner's code as a Python AST (``calls`` checks ask whether an exercise
was solved *with* ``select_related``, not only whether its rows are right). ``describe`` lists
the app's models and fields for editor completion and for naming relations in N+1 warnings.
"""
import ast


def calls(code):
    """Every call in ``code`` as {name, line}; [] when it does not parse."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):
            found.append({"name": func.attr, "line": node.lineno})
        elif isinstance(func, ast.Name):
            found.append({"name": func.id, "line": node.lineno})
    found.sort(key=lambda c: (c["line"], c["name"]))
    return found


_RELATION_KINDS = {
    "ForeignKey": "fk",
    "OneToOneField": "o2o",
    "ManyToManyField": "m2m",
    "ManyToOneRel": "reverse-fk",
    "OneToOneRel": "reverse-o2o",
    "ManyToManyRel": "reverse-m2m",
}


def _relation(field):
    if not field.is_relation or field.related_model is None:
        return None
    kind = _RELATION_KINDS.get(type(field).__name__)
    if kind is None:  # subclasses of the stock relations (GenericForeignKey has no related model)
        if field.many_to_many:
            kind = "m2m" if field.concrete else "reverse-m2m"
        elif field.one_to_one:
            kind = "o2o" if field.concrete else "reverse-o2o"
        elif field.many_to_one:
            kind = "fk"
        else:
            kind = "reverse-fk"
    related = field.related_model
    through = None
    if kind == "m2m":
        through = field.remote_field.through._meta.db_table
    elif kind == "reverse-m2m":  # the rel object itself carries the through model
        through = field.through._meta.db_table
    return {"kind": kind, "model": related.__name__, "table": related._meta.db_table, "through": through}


def _field(field):
    concrete = getattr(field, "concrete", False) and not field.many_to_many
    # For reverse relations ``name`` is the lookup name (``book`` in
    # ``Author.objects.filter(book__title=...)``), which is what completion and lookups want.
    name = field.name
    internal = field.get_internal_type() if hasattr(field, "get_internal_type") and concrete else None
    relation = _relation(field)
    return {
        "name": name,
        "column": field.column if concrete else None,
        "type": internal or (relation["kind"] if relation else type(field).__name__),
        "primaryKey": bool(getattr(field, "primary_key", False)),
        "nullable": bool(getattr(field, "null", False)),
        "relation": relation,
    }


def describe(labels):
    """The models of the given app labels as ModelInfo dicts (lib/runtime/protocol.ts)."""
    from django.apps import apps

    models = []
    for label in labels:
        for model in apps.get_app_config(label).get_models():
            fields = [_field(f) for f in model._meta.get_fields(include_hidden=False)]
            models.append({
                "app": label,
                "name": model.__name__,
                "table": model._meta.db_table,
                "fields": fields,
            })
    return models
