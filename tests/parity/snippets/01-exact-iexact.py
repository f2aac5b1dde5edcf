# exact / iexact, pk lookups and get()
book = Book.objects.get(pk=1)
same = Book.objects.filter(id__exact=1).first()
authors = list(Author.objects.filter(name__iexact="ADA ABARA").order_by("id"))
tags = list(Tag.objects.filter(slug__exact="page-turner"))
result = [book.title == same.title, len(authors), [t.name for t in tags]]
