# Strings psycopg2 has to quote: quotes, backslashes, unicode, percent signs, newlines
values = [
    "O'Reilly's \"Guide\"",
    "C:\\path\\to\\new",
    "back\\'slash",
    "Café — 東京 🚀 naïve",
    "100% pure %s and %(name)s",
    "tab\there\nnew line\r\n",
    "''",
    "\\",
    "",
]
counts = [Book.objects.filter(title=v).count() for v in values]
counts.append(Author.objects.filter(Q(name=values[0]) | Q(bio__contains=values[3])).count())
counts.append(Tag.objects.filter(name__in=values).count())
result = counts
