"""Time words: months, relative years ("vorig jaar"), year shifts ("het jaar ervoor"), number words."""

from __future__ import annotations

# Months: number -> surface forms (Dutch, abbreviations, English/French, misspellings).
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("januari", "jan", "january", "janvier", "janaurie", "januarie", "janurai", "januray"),
    2: ("februari", "feb", "febr", "february", "fevrier", "février", "febuari", "feburari", "februarie", "febrari"),
    3: ("maart", "mrt", "maa", "march", "mars", "maar", "maarte", "mart"),
    4: ("april", "apr", "avril", "aprill", "apri"),
    5: ("mei", "may", "mai", "mey"),
    6: ("juni", "jun", "june", "juin", "junie"),
    7: ("juli", "jul", "july", "juillet", "julie"),
    8: ("augustus", "aug", "august", "aout", "août", "agustus", "augustis", "ougustus", "augstus"),
    9: ("september", "sep", "sept", "septembre", "setember", "septembe", "sebtember", "septmber"),
    10: ("oktober", "okt", "october", "oct", "octobre", "oktobre", "oktobr"),
    11: ("november", "nov", "novembre", "novenber", "nowember"),
    12: ("december", "dec", "decembre", "décembre", "desember", "decemder"),
}
# Abbreviations that are also ordinary words; only counted next to a year ("mei 2014" is always a month).
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(
    {
        "jan",
        "mars",
        "maa",
        "maar",
        "mart",
        "apr",
        "jun",
        "jul",
        "sep",
        "okt",
        "oct",
        "nov",
        "dec",
        "mai",
        "may",
        "julie",
        "mey",
        "feb",
        "febr",
        "mrt",
        "aug",
        "sept",
    }
)

# Relative years: phrase (folded) -> offset from today's year.
RELATIVE_YEARS: tuple[tuple[str, int], ...] = (
    ("eervorig jaar", -2),
    ("eerverleden jaar", -2),
    ("twee jaar geleden", -2),
    ("drie jaar geleden", -3),
    ("vorig jaar", -1),
    ("vorige jaar", -1),
    ("verleden jaar", -1),
    ("afgelopen jaar", -1),
    ("voorbije jaar", -1),
    ("vorig kalenderjaar", -1),
    ("last year", -1),
    ("l an dernier", -1),
    ("dit jaar", 0),
    ("huidige jaar", 0),
    ("huidig jaar", 0),
    ("lopende jaar", 0),
    ("dit kalenderjaar", 0),
    ("this year", 0),
    ("cette annee", 0),
    ("volgend jaar", 1),
    ("volgende jaar", 1),
    ("next year", 1),
)

# "het jaar ervoor": the year before (or after) the one asked just before.
YEAR_SHIFTS: tuple[tuple[str, int], ...] = (
    ("het jaar ervoor", -1),
    ("het jaar daarvoor", -1),
    ("het jaar voordien", -1),
    ("een jaar eerder", -1),
    ("het jaar erna", 1),
    ("het jaar daarna", 1),
    ("een jaar later", 1),
    ("het volgende jaar", 1),
)

NUMBER_WORDS: dict[str, int] = {
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "vijftien": 15,
    "twintig": 20,
}
