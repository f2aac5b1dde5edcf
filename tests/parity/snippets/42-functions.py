# Database functions with literal arguments psycopg2 quotes
from django.db.models import CharField, DecimalField, IntegerField
from django.db.models.functions import (Cast, Coalesce, Concat, Greatest, Left, Length, Lower, LPad, Now,
                                        NullIf, Replace, Round, StrIndex, Substr, Trim, Upper)
result = list(
    Book.objects.filter(pk__lte=3).annotate(
        label=Concat("title", Value(" — by "), "author__name", Value(" (it's)"), output_field=CharField()),
        short=Substr("title", 1, 5), left=Left("title", 3), up=Upper("title"), low=Lower("title"),
        padded=LPad(Cast("pages", CharField()), 6, Value("0")), n=Length("title"),
        fixed=Replace("title", Value("The "), Value("Le '")), at=StrIndex("title", Value("e")),
        rounded=Round("price", 1), pub=Coalesce("publisher__name", Value("n/a")),
        big=Greatest("pages", 500), cents=Cast(F("price") * 100, IntegerField()),
        trimmed=Trim(Value("  x  ")), nothing=NullIf("in_stock", 0),
        dec=Cast("pages", DecimalField(max_digits=10, decimal_places=3)),
        is_new=Q(created__lt=Now()),
    ).order_by("pk").values("pk", "label", "padded", "fixed", "rounded", "pub", "cents", "dec")
)
