# The N+1 pattern: one query per book for its author
names = [b.author.name for b in Book.objects.order_by("id")[:10]]
joined = [b.author.name for b in Book.objects.select_related("author").order_by("id")[:10]]
result = names == joined
