# explain(): only the EXPLAIN statement text is compared (plans differ between servers)
qs = Book.objects.filter(price__lt=10, metadata__genre="mystery").select_related("author").order_by("-published")[:5]
plan = qs.explain()
# One option per call: Django orders several options by iterating a frozenset, so their order
# depends on the interpreter's string hash seed and differs between any two processes.
plan2 = Book.objects.filter(pk=1).explain(verbose=True)
plan4 = Book.objects.filter(pk=2).explain(costs=False)
plan3 = Book.objects.filter(title__icontains="o'").explain(format="text", buffers=False)
result = [bool(plan), bool(plan2), bool(plan3)]
