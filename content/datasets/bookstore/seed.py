"""Seed the bookstore: deterministic and set-based.

Run as a script with the app's models (Publisher, Author, Book, ...) and
`connection` already in scope. It runs inside Pyodide, where Python is a few
times slower than native, so every large table is one INSERT ... SELECT over
generate_series: the rows are made by PostgreSQL, not by a Python loop.

Determinism: no random(), no now(). "Random" numbers come from rnd(n, salt),
an integer hash (lowbias32) of the row number, so every run, natively or in
PGlite, produces the same rows. The data ends on 2025-12-31 (UTC); lessons
that need "today" should use that date.
"""

from django.db import transaction

END = "2025-12-31"

FIRST_NAMES = [
    "Ada", "Amara", "Ben", "Carmen", "Chen", "Clara", "Dmitri", "Elena", "Emeka", "Farah",
    "Felix", "Grace", "Hana", "Hugo", "Ines", "Isaac", "Jonas", "Julia", "Kenji", "Laila",
    "Leo", "Lucia", "Malik", "Maya", "Nadia", "Noah", "Olga", "Omar", "Priya", "Rafael",
    "Rosa", "Samuel", "Sofia", "Tariq", "Tess", "Victor", "Wei", "Yara", "Zoe", "Arjun",
]
LAST_NAMES = [
    "Abara", "Alvarez", "Bauer", "Bianchi", "Brennan", "Castillo", "Chowdhury", "Dubois",
    "Eriksen", "Fischer", "Fontaine", "Garcia", "Haddad", "Hansen", "Ibarra", "Ito",
    "Jensen", "Kaur", "Kowalski", "Larsen", "Lindqvist", "Moreau", "Murphy", "Nakamura",
    "Novak", "Okafor", "Oliveira", "Park", "Petrov", "Quinn", "Rahman", "Rossi",
    "Santos", "Schmidt", "Silva", "Sorensen", "Tanaka", "Thompson", "Usman", "Varga",
    "Walsh", "Weber", "Xu", "Yamada", "Yilmaz", "Zhang", "Ziegler", "Adeyemi", "Byrne", "Costa",
]
# Weighted by repetition: a pick from this list is a skewed country.
COUNTRIES = ["US"] * 6 + ["GB"] * 4 + ["DE"] * 2 + ["FR"] * 2 + [
    "CA", "ES", "IT", "NL", "SE", "JP", "AU", "IN", "BR", "NG", "IE", "MX", "PL", "KR"]
GENRES = [  # most common first; picks below are skewed towards the front
    "fiction", "mystery", "romance", "thriller", "fantasy", "science fiction",
    "history", "biography", "children", "horror", "cooking", "poetry",
]
LANGUAGES = ["en"] * 14 + ["es", "fr", "de", "de", "it", "ja", "pt"]
FORMATS = ["paperback"] * 9 + ["hardcover"] * 5 + ["ebook"] * 4 + ["audiobook"] * 2
AWARDS = ["Hugo", "Nebula", "Booker", "Pulitzer", "Edgar", "Costa", "Carnegie", "Orwell"]
ADJECTIVES = [
    "Silent", "Crimson", "Hidden", "Last", "Golden", "Broken", "Quiet", "Distant", "Wild",
    "Forgotten", "Bright", "Hollow", "Winter", "Burning", "Secret", "Paper", "Iron", "Velvet",
    "Salt", "Midnight", "Glass", "Northern", "Little", "Endless", "Bitter", "Lost", "Sleeping",
    "Painted", "Wandering", "Final",
]
NOUNS = [
    "Harbor", "Garden", "River", "Orchard", "Lighthouse", "Empire", "Letter", "Mirror",
    "Island", "Station", "Kingdom", "Archive", "Forest", "Signal", "Daughter", "Orchestra",
    "Map", "Storm", "Library", "Compass", "Bridge", "Vineyard", "Lantern", "Winter", "Theory",
    "Widow", "Clockmaker", "Tide", "Frontier", "House", "Cartographer", "Promise", "Season",
    "Crown", "Machine", "Silence", "Shadow", "Valley", "Circus", "Inheritance",
]
PLACES = [
    "Lisbon", "Kyoto", "Marrakesh", "Oslo", "Havana", "Venice", "Lagos", "Prague", "Dublin",
    "Istanbul", "Patagonia", "Bombay", "Alexandria", "Vienna", "Montreal", "Sicily",
    "the North", "the Sea", "the Valley", "the Moon",
]
SERIES_WORDS = ["Chronicles", "Quartet", "Mysteries", "Saga"]
PUBLISHER_PREFIXES = [
    "Harbor", "Juniper", "Northwind", "Bluebell", "Lantern",
    "Meridian", "Foxglove", "Ironwood", "Silverleaf", "Kestrel",
]
PUBLISHER_SUFFIXES = ["Press", "Books", "House", "Publishing", "& Sons"]
TAGS = [
    "award winner", "based on a true story", "beach read", "bestseller", "book club",
    "classic", "coming of age", "cozy", "dark", "debut", "dystopian", "epistolary",
    "family saga", "first love", "found family", "friendship", "funny", "gothic",
    "heartwarming", "historical", "holiday", "illustrated", "long read", "nature", "noir",
    "page turner", "road trip", "satire", "series", "short", "slow burn", "small town",
    "space opera", "staff pick", "standalone", "time travel", "travel", "twisty",
    "unreliable narrator", "war",
]
STORES = [  # name, city, country, latitude, longitude: clusters for "within 10 km"
    ("Camden Lock Books", "London", "GB", 51.5413, -0.1460),
    ("Southwark Reads", "London", "GB", 51.5035, -0.0900),
    ("Notting Hill Pages", "London", "GB", 51.5090, -0.1960),
    ("Rive Gauche Livres", "Paris", "FR", 48.8530, 2.3380),
    ("Montmartre Books", "Paris", "FR", 48.8867, 2.3431),
    ("Kreuzberg Buchladen", "Berlin", "DE", 52.4986, 13.4030),
    ("Brooklyn Stacks", "New York", "US", 40.6782, -73.9442),
    ("Greenwich Village Books", "New York", "US", 40.7336, -74.0027),
    ("Queen Street Books", "Toronto", "CA", 43.6487, -79.3960),
    ("Jimbocho Corner", "Tokyo", "JP", 35.6958, 139.7576),
    ("Glebe Point Books", "Sydney", "AU", -33.8797, 151.1850),
    ("Jordaan Boekhandel", "Amsterdam", "NL", 52.3752, 4.8840),
]
NATIONALITIES = [
    "a British", "an American", "a Nigerian", "a Japanese", "a Brazilian", "an Irish",
    "a French", "a German", "an Indian", "a Canadian", "a Mexican", "a Swedish",
]
BIO_CLOSERS = [
    "Their debut won a regional prize.", "They live by the sea with two cats.",
    "They also teach creative writing.", "Several of their novels have been adapted for film.",
    "They began writing while working as a journalist.", "They divide their time between two cities.",
]
REVIEW_OPENERS = {  # by star rating
    1: ["A chore to finish.", "Could not get into it at all.", "Deeply disappointing."],
    2: ["Not for me.", "Started well, then lost its way.", "Flat characters and a thin plot."],
    3: ["Decent, if uneven.", "Some lovely moments, some slow chapters.", "An okay read."],
    4: ["A gripping read.", "Beautifully written.", "Really enjoyed this one."],
    5: ["An absolute masterpiece.", "Unforgettable.", "One of the best books I have read this year."],
}
REVIEW_MIDDLES = [
    "The characters feel real.", "The plot moves quickly.", "The ending surprised me.",
    "The pacing is slow in the middle.", "The dialogue is sharp and funny.",
    "The setting is vividly drawn.", "The translation reads smoothly.",
    "The twist was easy to guess.", "The research behind it shows.", "The prose is lyrical.",
]
REVIEW_CLOSERS = [
    "Recommended.", "Would read again.", "Perfect for a long train journey.",
    "I bought copies for friends.", "Wait for the paperback.", "Our book club argued for hours.",
]


def sql_text_array(words):
    """An ARRAY[...] literal of our own constant words (no user input here)."""
    assert all("'" not in w for w in words)
    return "ARRAY[" + ", ".join(f"'{w}'" for w in words) + "]::text[]"


def pick(words, r):
    """SQL picking one of `words` with the 0..1 number expression r."""
    return f"({sql_text_array(words)})[1 + floor(({r}) * {len(words)})::int]"


def rnd_function_sql():
    """pg_temp.rnd(n, salt) -> float in [0, 1): lowbias32 hash, written out as
    one SQL expression so PostgreSQL inlines it (a plpgsql version is 2x slower)."""
    def mix(x):
        return f"((({x}) # (({x}) >> 16)) * 73244475 % 4294967296)"

    x = mix(mix("((n * 2654435761 + salt * 97531) % 4294967296)"))
    return (
        "CREATE FUNCTION pg_temp.rnd(n bigint, salt int) RETURNS float8 "
        f"LANGUAGE sql IMMUTABLE RETURN (({x}) # (({x}) >> 16))::float8 / 4294967296"
    )


def review_opener_sql(r):
    cases = " ".join(
        f"WHEN {stars} THEN {pick(REVIEW_OPENERS[stars], r)}" for stars in sorted(REVIEW_OPENERS)
    )
    return f"CASE rating {cases} END"


T = {m.__name__: m._meta.db_table for m in (
    Publisher, Author, Book, Tag, Store, Inventory, Review, Customer, Order, OrderItem)}  # noqa: F821
T["BookTag"] = Book.tags.through._meta.db_table  # noqa: F821
# A bijection on 0..n-1 (multiplier coprime with n) turns a popularity rank
# into an id, so popular rows are scattered instead of being ids 1, 2, 3...
BOOK_RANK_TO_ID = "(({rank} * 7919 + 4409) % 20000 + 1)"

# ISBN-13 check digit: weights 1, 3, 1, 3, ... over the first 12 digits,
# unrolled because a per-row subquery costs more than the rest of the row.
ISBN_WEIGHTED_SUM = " + ".join(f"substr(isbn12, {k}, 1)::int * {3 if k % 2 == 0 else 1}" for k in range(1, 13))

STATEMENTS = [
    rnd_function_sql(),
    # --- publishers (50): unique prefix/suffix pairs --------------------------
    f"""INSERT INTO {T['Publisher']} (id, name, country, founded)
    SELECT i,
           ({sql_text_array(PUBLISHER_PREFIXES)})[1 + (i - 1) % 10] || ' ' ||
           ({sql_text_array(PUBLISHER_SUFFIXES)})[1 + ((i - 1) / 10 + i - 1) % 5],
           {pick(COUNTRIES, 'pg_temp.rnd(i, 1)')},
           1820 + floor(pg_temp.rnd(i, 2) * 196)::int
    FROM generate_series(1, 50) i""",
    # --- authors (2,000): first/last pairs are unique, so emails are too -------
    f"""INSERT INTO {T['Author']} (id, name, email, born, died, bio)
    SELECT i, first || ' ' || last, lower(first || '.' || last) || '@example.com', born,
           CASE WHEN pg_temp.rnd(i, 4) < CASE WHEN born < '1940-01-01' THEN 0.85
                                               WHEN born < '1960-01-01' THEN 0.3 ELSE 0.02 END
                 AND died < '{END}' THEN died END,
           CASE WHEN pg_temp.rnd(i, 5) < 0.1 THEN ''
                ELSE first || ' ' || last || ' is ' || {pick(NATIONALITIES, 'pg_temp.rnd(i, 6)')}
                     || ' ' || genre || ' writer. ' || {pick(BIO_CLOSERS, 'pg_temp.rnd(i, 8)')} END
    FROM generate_series(1, 2000) i,
         LATERAL (SELECT ({sql_text_array(FIRST_NAMES)})[1 + i % 40] AS first,
                         ({sql_text_array(LAST_NAMES)})[1 + (i / 40 + i) % 50] AS last,
                         date '1900-01-01' + floor(pg_temp.rnd(i, 3) * 36500)::int AS born,
                         {pick(GENRES, 'pg_temp.rnd(i, 20) ^ 1.5')} AS genre) a,
         LATERAL (SELECT born + floor((55 + pg_temp.rnd(i, 9) * 40) * 365.25)::int AS died) d""",
    # --- books (20,000), staged so reviews can fill in the average rating -----
    # 200 authors (ids off the rank range) get no books; popular ones get many.
    f"""CREATE TEMP TABLE seed_book AS
    SELECT n, a.id AS author_id,
           CASE WHEN pg_temp.rnd(n, 11) >= 0.04 THEN 1 + floor(pg_temp.rnd(n, 12) ^ 1.8 * 50)::int END
               AS publisher_id,
           CASE floor(pg_temp.rnd(n, 13) * 5)::int
               WHEN 0 THEN 'The ' || adjective || ' ' || noun
               WHEN 1 THEN 'The ' || noun || ' of ' || place
               WHEN 2 THEN noun || ' and ' || {pick(NOUNS, 'pg_temp.rnd(n, 17)')}
               WHEN 3 THEN 'A ' || noun || ' in ' || place
               ELSE adjective || ' ' || noun END AS title,
           '978' || lpad(((n * 48271) % 999999937)::text, 9, '0') AS isbn12,
           format, pages, published,
           floor(CASE format WHEN 'ebook' THEN 3 + pg_temp.rnd(n, 18) * 12
                             WHEN 'audiobook' THEN 9 + pg_temp.rnd(n, 18) * 26
                             WHEN 'hardcover' THEN CASE WHEN pg_temp.rnd(n, 19) < 0.05
                                                        THEN 49 + pg_temp.rnd(n, 18) * 41
                                                        ELSE 14 + pg_temp.rnd(n, 18) * 36 END
                             ELSE 7 + pg_temp.rnd(n, 18) * 18 END) + 0.99 AS price,
           CASE WHEN pg_temp.rnd(n, 21) < 0.15 THEN 0 ELSE 1 + floor(pg_temp.rnd(n, 22) ^ 2 * 60)::int END
               AS in_stock,
           jsonb_build_object(
               'genre', CASE WHEN pg_temp.rnd(n, 23) < 0.8
                             THEN {pick(GENRES, 'pg_temp.rnd(a.id, 20) ^ 1.5')}
                             ELSE {pick(GENRES, 'pg_temp.rnd(n, 24)')} END,
               'language', {pick(LANGUAGES, 'pg_temp.rnd(n, 25)')},
               'format', format,
               'awards', CASE WHEN pg_temp.rnd(n, 26) < 0.01
                                  THEN jsonb_build_array({pick(AWARDS, 'pg_temp.rnd(n, 27)')},
                                                         {pick(AWARDS, 'pg_temp.rnd(n, 28)')})
                              WHEN pg_temp.rnd(n, 26) < 0.05
                                  THEN jsonb_build_array({pick(AWARDS, 'pg_temp.rnd(n, 27)')})
                              ELSE '[]'::jsonb END)
           || CASE WHEN pg_temp.rnd(n, 29) < 0.18 THEN jsonb_build_object('series', jsonb_build_object(
                  'name', 'The ' || ({sql_text_array(PLACES)})[1 + a.id % 20] || ' '
                          || ({sql_text_array(SERIES_WORDS)})[1 + a.id % 4],
                  'number', 1 + floor(pg_temp.rnd(n, 30) * 7)::int))
              ELSE '{{}}'::jsonb END AS metadata,
           -- the catalogue opened in 2015 with two years of back-list imports;
           -- newer books are added within weeks of publication
           (least(CASE WHEN published < date '2015-01-01'
                       THEN date '2015-01-01' + floor(pg_temp.rnd(n, 31) * 730)::int
                       ELSE published + floor(pg_temp.rnd(n, 31) * 45)::int END,
                  date '{END}')::timestamp
            + make_interval(secs => floor(pg_temp.rnd(n, 32) * 86400)::int)) AT TIME ZONE 'UTC'
               AS created
    FROM generate_series(1, 20000) n
    CROSS JOIN LATERAL (SELECT ((floor(pg_temp.rnd(n, 10) ^ 1.35 * 1800)::int * 7919 + 1031) % 2000 + 1) AS aid) r
    JOIN {T['Author']} a ON a.id = r.aid
    CROSS JOIN LATERAL (SELECT
        {pick(ADJECTIVES, 'pg_temp.rnd(n, 14)')} AS adjective,
        {pick(NOUNS, 'pg_temp.rnd(n, 15)')} AS noun,
        {pick(PLACES, 'pg_temp.rnd(n, 16)')} AS place,
        {pick(FORMATS, 'pg_temp.rnd(n, 33)')} AS format,
        64 + floor(pg_temp.rnd(n, 34) ^ 1.5 * 1100)::int AS pages,
        -- skewed towards recent years, never before the author turned 20
        least(greatest(date '1950-01-01' + floor(sqrt(pg_temp.rnd(n, 35))
                           * (date '{END}' - date '1950-01-01'))::int,
                       a.born + 7305),
              coalesce(a.died, date '{END}')) AS published) w""",
    # Ids follow catalogue order (created), as a real sequence would.
    "ALTER TABLE seed_book ADD COLUMN id bigint",
    "UPDATE seed_book s SET id = o.id FROM (SELECT n, row_number() OVER (ORDER BY created, n) AS id "
    "FROM seed_book) o WHERE o.n = s.n",
    # Without a key the planner picks a nested loop for the joins below.
    "ALTER TABLE seed_book ADD PRIMARY KEY (id)",
    # --- reviews (60,000): popularity skew, so a few books have hundreds -------
    f"""CREATE TEMP TABLE seed_review AS
    SELECT j, b.id AS book_id,
           {pick(FIRST_NAMES, 'pg_temp.rnd(j, 41)')} || ' ' || left({pick(LAST_NAMES, 'pg_temp.rnd(j, 42)')}, 1) || '.'
               AS reviewer,
           rating,
           date_trunc('second', b.created + (timestamptz '{END} 23:59:59+00' - b.created)
                                            * pg_temp.rnd(j, 43)) AS created
    FROM generate_series(1, 60000) j
    CROSS JOIN LATERAL (SELECT {BOOK_RANK_TO_ID.format(rank="floor(pg_temp.rnd(j, 40) ^ 2.2 * 20000)::int")} AS bid) r
    JOIN seed_book b ON b.id = r.bid
    CROSS JOIN LATERAL (SELECT 0.5 * pg_temp.rnd(b.id, 44) + 0.5 * pg_temp.rnd(j, 45) AS score) s
    CROSS JOIN LATERAL (SELECT CASE WHEN score < 0.12 THEN 1 WHEN score < 0.25 THEN 2
                                    WHEN score < 0.45 THEN 3 WHEN score < 0.75 THEN 4
                                    ELSE 5 END AS rating) g""",
    f"""INSERT INTO {T['Book']} (id, title, author_id, publisher_id, isbn, price, pages, published,
                                 rating, in_stock, metadata, created)
    SELECT b.id, title, author_id, publisher_id,
           isbn12 || ((10 - ({ISBN_WEIGHTED_SUM}) % 10) % 10)::text,
           price, pages, published, round(avg_rating, 2), in_stock, metadata, created
    FROM seed_book b
    LEFT JOIN (SELECT book_id, avg(rating) AS avg_rating FROM seed_review GROUP BY book_id) r
           ON r.book_id = b.id
    ORDER BY b.id""",
    f"""INSERT INTO {T['Review']} (id, book_id, reviewer, rating, body, created)
    SELECT row_number() OVER (ORDER BY created, j), book_id, reviewer, rating,
           CASE WHEN pg_temp.rnd(j, 46) < 0.1 THEN ''
                ELSE {review_opener_sql('pg_temp.rnd(j, 47)')} || ' '
                     || {pick(REVIEW_MIDDLES, 'pg_temp.rnd(j, 48)')}
                     || CASE WHEN pg_temp.rnd(j, 49) < 0.5
                             THEN ' ' || {pick(REVIEW_CLOSERS, 'pg_temp.rnd(j, 50)')} ELSE '' END END,
           created
    FROM seed_review ORDER BY 1""",
    # --- tags (40) and ~50,000 book-tag links, popular tags used most ----------
    f"""INSERT INTO {T['Tag']} (id, name, slug)
    SELECT i, name, replace(name, ' ', '-') FROM unnest({sql_text_array(TAGS)}) WITH ORDINALITY t(name, i)""",
    f"""INSERT INTO {T['BookTag']} (id, book_id, tag_id)
    SELECT row_number() OVER (ORDER BY book_id, tag_id), book_id, tag_id FROM (
        SELECT DISTINCT b AS book_id, 1 + floor(pg_temp.rnd(b * 8 + k, 61) ^ 1.7 * 40)::int AS tag_id
        FROM generate_series(1, 20000) b, generate_series(1, 5) k
        WHERE pg_temp.rnd(b * 8 + k, 60) < 0.52) l
    ORDER BY 1""",
    # --- stores (12) and inventory: each store carries about 10% of the books --
    f"""INSERT INTO {T['Store']} (id, name, city, country, latitude, longitude) VALUES """
    + ", ".join(f"({i}, '{n}', '{c}', '{cc}', {lat}, {lon})"
                for i, (n, c, cc, lat, lon) in enumerate(STORES, 1)),
    f"""INSERT INTO {T['Inventory']} (id, store_id, book_id, quantity)
    SELECT row_number() OVER (ORDER BY s, b), s, b, floor(pg_temp.rnd(b * 16 + s, 71) * 25)::int
    FROM generate_series(1, {len(STORES)}) s, generate_series(1, 20000) b
    WHERE pg_temp.rnd(b * 16 + s, 70) < 0.1
    ORDER BY 1""",
    # --- customers (5,000) ------------------------------------------------------
    f"""INSERT INTO {T['Customer']} (id, name, email, country, joined)
    SELECT i, first || ' ' || last, lower(first || '.' || last) || i || '@example.net',
           {pick(COUNTRIES, 'pg_temp.rnd(i, 82)')},
           date '2018-01-01' + floor(pg_temp.rnd(i, 83) * (date '{END}' - date '2018-01-01'))::int
    FROM generate_series(1, 5000) i,
         LATERAL (SELECT {pick(FIRST_NAMES, 'pg_temp.rnd(i, 80)')} AS first,
                         {pick(LAST_NAMES, 'pg_temp.rnd(i, 81)')} AS last) x""",
    # --- orders (25,000) 2022-2025; ~500 customers never order ------------------
    # Status follows age: recent orders are still pending/paid/shipped; ~8% ship
    # after the promised date; ~1.5% are cancelled.
    f"""INSERT INTO {T['Order']} (id, customer_id, status, created, promised, shipped)
    SELECT row_number() OVER (ORDER BY created, o), customer_id,
           status, created, promised, CASE WHEN status IN ('shipped', 'delivered') THEN ship_date END
    FROM (
        SELECT o, customer_id, created, promised, ship_date,
               CASE WHEN pg_temp.rnd(o, 94) < 0.015 THEN 'cancelled'
                    WHEN ship_date > date '{END}' THEN
                        CASE WHEN (created AT TIME ZONE 'UTC')::date >= date '{END}' - 1
                             THEN 'pending' ELSE 'paid' END
                    WHEN ship_date + 5 > date '{END}' THEN 'shipped'
                    ELSE 'delivered' END AS status
        FROM generate_series(1, 25000) o
        CROSS JOIN LATERAL (SELECT ((floor(pg_temp.rnd(o, 90) ^ 1.8 * 4500)::int * 3989 + 777) % 5000 + 1)
                                   AS customer_id) r
        JOIN {T['Customer']} c ON c.id = r.customer_id
        CROSS JOIN LATERAL (SELECT greatest(c.joined, date '2022-01-01')::timestamp AT TIME ZONE 'UTC'
                                   AS start) s
        CROSS JOIN LATERAL (SELECT date_trunc('second', start + (timestamptz '{END} 23:59:59+00' - start)
                                                        * pg_temp.rnd(o, 91)) AS created,
                                   3 + floor(pg_temp.rnd(o, 92) * 5)::int AS promise_days) t
        CROSS JOIN LATERAL (SELECT (created AT TIME ZONE 'UTC')::date + promise_days AS promised,
                                   (created AT TIME ZONE 'UTC')::date + CASE
                                       WHEN pg_temp.rnd(o, 93) < 0.08
                                           THEN promise_days + 1 + floor(pg_temp.rnd(o, 95) * 9)::int
                                       ELSE 1 + floor(pg_temp.rnd(o, 95) * (promise_days - 1))::int
                                   END AS ship_date) d
    ) x ORDER BY 1""",
    # --- order items (~60,000): best-selling books follow review popularity ------
    f"""INSERT INTO {T['OrderItem']} (id, order_id, book_id, quantity, unit_price)
    SELECT row_number() OVER (ORDER BY order_id, k), order_id, book_id, quantity,
           CASE WHEN pg_temp.rnd(order_id * 4 + k, 104) < 0.1 THEN round(price * 0.85, 2) ELSE price END
    FROM (
        SELECT DISTINCT ON (o, book_id) o AS order_id, k, book_id,
               CASE WHEN pg_temp.rnd(o * 4 + k, 103) < 0.03 THEN 3 + floor(pg_temp.rnd(o * 4 + k, 105) * 3)::int
                    WHEN pg_temp.rnd(o * 4 + k, 103) < 0.15 THEN 2 ELSE 1 END AS quantity
        FROM generate_series(1, 25000) o, generate_series(1, 4) k,
             LATERAL (SELECT {BOOK_RANK_TO_ID.format(rank="floor(pg_temp.rnd(o * 4 + k, 101) ^ 2.2 * 20000)::int")}
                             AS book_id) r
        WHERE k <= 1 + floor(pg_temp.rnd(o, 100) ^ 1.1 * 4)
        ORDER BY o, book_id, k
    ) i JOIN {T['Book']} b ON b.id = i.book_id
    ORDER BY 1""",
    "DROP TABLE seed_book, seed_review",
    "DROP FUNCTION pg_temp.rnd(bigint, int)",
] + [
    # Explicit ids leave the identity sequences at 1: move them past the data so
    # Model.objects.create() works.
    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
    for table in T.values()
]



def foreign_keys(cursor):
    """(table, name, definition) of every foreign key on the dataset's tables."""
    tables = list(T.values())
    placeholders = ", ".join(["%s"] * len(tables))
    cursor.execute(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        f"WHERE contype = 'f' AND conrelid::regclass::text IN ({placeholders}) ORDER BY 1, 2",
        tables,
    )
    return cursor.fetchall()


with transaction.atomic():
    with connection.cursor() as cursor:  # noqa: F821
        # Django's foreign keys are DEFERRABLE INITIALLY DEFERRED, so ~400,000
        # rows would be checked one by one at COMMIT: slower than making the
        # data. Re-adding a constraint checks all rows with a single join.
        constraints = foreign_keys(cursor)
        for table, name, _ in constraints:
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for statement in STATEMENTS:
            cursor.execute(statement)
        for table, name, definition in constraints:
            cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')

# Planner statistics (and, outside a transaction, the visibility map that
# index-only scans rely on). VACUUM cannot run inside a transaction block.
with connection.cursor() as cursor:  # noqa: F821
    cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")  # noqa: F821
