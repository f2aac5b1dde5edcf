"""psycopg2.sql placeholder (Django's psycopg2 path only monkeypatches sql.quote)."""


class Composable:
    pass


class SQL(Composable):
    def __init__(self, s):
        self.string = s


class Identifier(Composable):
    def __init__(self, *strings):
        self.strings = strings


class Literal(Composable):
    def __init__(self, v):
        self.wrapped = v
