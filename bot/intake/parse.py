"""Reading a social worker's message: status, place, city, country, vulnerabilities, documents.

Pure functions on the raw text. `parse_message(text, requested)` reads every slot it can find in
one message (a full description fills them all; an answer fills the question asked, and a
correction such as "nee, ze komt uit Moldavië" overwrites what it names). It also notices
"weet ik niet", "stop", and personal data the intake does not need (a name, a date of birth, a
file number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.intake import client as c
from bot.intake.sources import country_of, fold

# ------------------------------------------------------------------------------ word lists
# Folded forms (lower case, no accents, punctuation as spaces). Matched as whole words or word
# groups; a form ending in "*" matches any word that starts with it.

STATUS_FORMS: dict[str, tuple[str, ...]] = {
    c.NEGATIVE: (
        "uitgeprocedeerd",
        "uitgeprocedeerde",
        "uit geprocedeerd",
        "uitgeprocedeert",
        "uitgeprocedeer*",
        "negatieve beslissing",
        "negatief besluit",
        "negatieve beslising",
        "negatief antwoord",
        "negatief",
        "afgewezen",
        "afgewezen asielzoeker",
        "asiel geweigerd",
        "geweigerd",
        "weigering",
        "beroep verworpen",
        "verworpen",
        "bevel om het grondgebied",
        "bgv",
        "oqt",
        "procedure afgelopen",
        "procedure is afgelopen",
        "procedure is afgesloten",
        "procedure afgesloten",
        "geen bescherming gekregen",
        "niet erkend",
        "asiel afgewezen",
        "afgewezen asiel*",
    ),
    c.NO_RESIDENCE: (
        "zonder wettig verblijf",
        "geen wettig verblijf",
        "zonder papieren",
        "geen papieren",
        "sans papiers",
        "sans papier",
        "illegaal",
        "irregulier",
        "irregulier verblijf",
        "zonder verblijfsvergunning",
        "geen verblijfsvergunning",
        "geen verblijfsrecht",
        "zonder verblijfsrecht",
        "ongedocumenteerd",
        "nooit asiel",
        "nooit een procedure",
        "nooit een verblijfsprocedure",
        "nooit procedure",
        "geen procedure",
        "nooit een aanvraag",
        "nooit aangevraagd",
        "geen asiel aangevraagd",
        "geen asielaanvraag",
        "heeft nooit asiel",
        "nooit papieren",
        "nooit papieren gehad",
        "nooit verblijfspapieren",
    ),
    c.OTHER_PROCEDURE: (
        "toerist",
        "toeristenvisum",
        "als toerist",
        "visum",
        "visa",
        "student",
        "studente",
        "studentenvisum",
        "studies",
        "gezinshereniging",
        "gezinsherening",
        "gezinshereninging",
        "regularisatie",
        "9bis",
        "9ter",
        "9 bis",
        "9 ter",
        "medische regularisatie",
        "arbeidskaart",
        "werkvergunning",
        "single permit",
        "andere procedure",
        "andere verblijfsprocedure",
        "humanitaire regularisatie",
    ),
    c.PROCEDURE: (
        "in procedure",
        "procedure loopt",
        "procedure lopend",
        "lopende procedure",
        "lopende asielprocedure",
        "asielprocedure",
        "asielaanvraag",
        "asiel aangevraagd",
        "asiel gevraagd",
        "asielzoeker",
        "asielzoekster",
        "verzoeker om internationale bescherming",
        "verzoek om internationale bescherming",
        "internationale bescherming",
        "vib",
        "cgvs",
        "wacht op beslissing",
        "wacht op een beslissing",
        "wacht op antwoord",
        "nog geen beslissing",
        "procedure nog bezig",
        "nog in procedure",
        "asielprocedure loopt",
        "in asielprocedure",
        "asiel procedure",
        "in de procedure",
        "in de asielprocedure",
        "zit in procedure",
        "procedure bezig",
        "procedure is bezig",
    ),
}
# Decided in this order when a message names several: a negative decision outranks "asielaanvraag",
# "never applied" outranks "zonder papieren" + tourist, another procedure outranks a plain asylum word.
STATUS_ORDER: tuple[str, ...] = (c.NEGATIVE, c.NO_RESIDENCE, c.OTHER_PROCEDURE, c.PROCEDURE)
# "nooit asiel aangevraagd" names asylum words but means: never applied.
NEVER_APPLIED: tuple[str, ...] = ("nooit", "geen asiel", "geen asielaanvraag", "geen procedure")

PLACE_FORMS: dict[str, tuple[str, ...]] = {
    c.RETURN_PLACE: (
        "open terugkeerplaats",
        "open terugkeerplaatsen",
        "terugkeerplaats",
        "terugkeerplaatsen",
        "terugkeer plaats",
        "terugkeerplek",
        "open terugkeerplek",
        "terugkeerplaas",
        "terugkeerpl*",
        "otp",
        "open terugkeer plaats",
        "open terugkeerplek",
        "terugkeercentrum",
    ),
    c.OUTSIDE: (
        "buiten het netwerk",
        "buiten het opvangnetwerk",
        "buiten de opvang",
        "buiten opvang",
        "buiten netwerk",
        "niet in de opvang",
        "niet in opvang",
        "geen opvang",
        "zonder opvang",
        "niet in een opvangcentrum",
        "bij vrienden",
        "bij familie",
        "bij een vriend",
        "bij een vriendin",
        "bij kennissen",
        "bij zijn broer",
        "bij haar broer",
        "bij zijn zus",
        "bij haar zus",
        "bij een neef",
        "bij zijn neef",
        "bij haar neef",
        "bij landgenoten",
        "bij een landgenoot",
        "op straat",
        "dakloos",
        "thuisloos",
        "kraakpand",
        "eigen woning",
        "eigen appartement",
        "eigen studio",
        "huurt",
        "huurt een",
        "privewoning",
        "prive woning",
        "woont bij",
        "verblijft bij",
        "logeert bij",
        "zit bij",
        "slaapt bij",
        "nachtopvang",
        "daklozenopvang",
        "buiten",
    ),
    c.RECEPTION_CENTRE: (
        "opvangcentrum",
        "opvangcentra",
        "opvang centrum",
        "opvangcentrun",
        "asielcentrum",
        "asiel centrum",
        "centrum van fedasil",
        "fedasil centrum",
        "fedasilcentrum",
        "rode kruis",
        "rode kruiscentrum",
        "croix rouge",
        "loi",
        "lokaal opvanginitiatief",
        "opvanginitiatief",
        "collectieve opvang",
        "in de opvang",
        "in opvang",
        "opvangnetwerk",
        "opvangstructuur",
        "centrum",
        "opvang",
    ),
}
PLACE_ORDER: tuple[str, ...] = (c.RETURN_PLACE, c.OUTSIDE, c.RECEPTION_CENTRE)

CITY_FORMS: dict[str, tuple[str, ...]] = {
    "Brussel": (
        "brussel",
        "bxl",
        "brussels",
        "bruxelles",
        "brusel",
        "brussels hoofdstedelijk gewest",
        "schaarbeek",
        "anderlecht",
        "molenbeek",
        "sint jans molenbeek",
        "elsene",
        "etterbeek",
        "sint gillis",
        "jette",
        "koekelberg",
        "ukkel",
        "evere",
        "sint joost",
    ),
    "Antwerpen": (
        "antwerpen",
        "antwerp",
        "anvers",
        "a pen",
        "antwerpe",
        "antwerpn",
        "borgerhout",
        "deurne",
        "merksem",
        "hoboken",
        "berchem",
    ),
    "Gent": ("gent", "ghent", "gand", "ledeberg", "sint amandsberg"),
    "Luik": ("luik", "liege", "luyk", "seraing"),
    "Charleroi": ("charleroi", "charlerloi", "charlroi", "charleroy"),
    # Other cities: kept by name; the card then lists the five desks.
    "Leuven": ("leuven", "louvain"),
    "Brugge": ("brugge", "bruges"),
    "Mechelen": ("mechelen", "malines"),
    "Hasselt": ("hasselt",),
    "Genk": ("genk",),
    "Oostende": ("oostende", "ostende"),
    "Aalst": ("aalst",),
    "Kortrijk": ("kortrijk", "courtrai"),
    "Sint-Niklaas": ("sint niklaas",),
    "Turnhout": ("turnhout",),
    "Namen": ("namur",),
    "Bergen": ("mons",),
    "Verviers": ("verviers",),
    "Roeselare": ("roeselare",),
    "Lier": ("lier",),
    "Dendermonde": ("dendermonde",),
    "Ieper": ("ieper",),
    "Vilvoorde": ("vilvoorde",),
    "Tienen": ("tienen",),
    "Aarschot": ("aarschot",),
    "Geel": ("geel",),
    "Lommel": ("lommel",),
    "Beringen": ("beringen",),
    "Sint-Truiden": ("sint truiden",),
    "Tongeren": ("tongeren",),
    "Eupen": ("eupen",),
    "Arlon": ("aarlen", "arlon"),
    "Doornik": ("doornik", "tournai"),
    "La Louvière": ("la louviere",),
    "Waver": ("waver", "wavre"),
    "Nijvel": ("nijvel", "nivelles"),
    "Zaventem": ("zaventem",),
    "Halle": ("halle",),
    "Ninove": ("ninove",),
    "Zottegem": ("zottegem",),
    "Eeklo": ("eeklo",),
    "Lokeren": ("lokeren",),
    "Wetteren": ("wetteren",),
    "Brasschaat": ("brasschaat",),
}

VULNERABILITY_FORMS: dict[str, tuple[str, ...]] = {
    c.PREGNANT: (
        "zwanger",
        "zwangere",
        "zwangerschap",
        "in verwachting",
        "baby op komst",
        "verwacht een baby",
        "verwacht een kind",
        "zwnger",
        "zwager",
        "zwangr",
        "pregnant",
        "enceinte",
        "maanden zwanger",
    ),
    c.HEALTH: (
        "gezondheidsprobleem",
        "gezondheidsproblemen",
        "gezondheids problemen",
        "gezondheidsprobleme",
        "gezondheidsklachten",
        "medisch probleem",
        "medische problemen",
        "medische zorg",
        "medische",
        "medisch",
        "ziek",
        "zieke",
        "ziekte",
        "chronisch",
        "chronische",
        "diabetes",
        "suikerziekte",
        "kanker",
        "hiv",
        "hartpatient",
        "hartproblemen",
        "hart probleem",
        "dialyse",
        "epilepsie",
        "psychisch",
        "psychische",
        "psychiatrisch",
        "psychiatrische",
        "depressie",
        "depressief",
        "trauma",
        "getraumatiseerd",
        "ptss",
        "handicap",
        "gehandicapt",
        "beperking",
        "rolstoel",
        "medicatie",
        "medicijnen",
        "operatie",
        "gezondheid",
        "tbc",
        "tuberculose",
        "hepatitis",
        "gezondheidsprob*",
        "gezonheidsproblemen",
        "gezondheitsproblemen",
    ),
    c.MINOR: (
        "niet begeleide minderjarige",
        "niet begeleid minderjarige",
        "niet begeleide minderjarigen",
        "niet begeleid",
        "niet begeleide",
        "onbegeleide minderjarige",
        "onbegeleid",
        "onbegeleide",
        "nbm",
        "mena",
        "alleenstaande minderjarige",
        "minderjarige zonder ouders",
        "minderjarig zonder ouders",
        "alleen minderjarig",
        "minderjarige alleen",
        "zonder ouders",
        "minderjarige",
        "minderjarig",
        "unaccompanied",
        "minderjaarige",
        "minderjarge",
    ),
    c.TRAFFICKING: (
        "mensenhandel",
        "slachtoffer van mensenhandel",
        "mensensmokkel",
        "uitbuiting",
        "uitgebuit",
        "gedwongen prostitutie",
        "seksuele uitbuiting",
        "economische uitbuiting",
        "mensenhandelaars",
        "mensen handel",
        "mensenhandle",
        "trafficking",
        "payoke",
        "pag asa",
        "sürya",
        "surya",
    ),
    c.FAMILY: (
        "gezin met kinderen",
        "gezin met kind",
        "gezin met",
        "met kinderen",
        "met kind",
        "met zijn kinderen",
        "met haar kinderen",
        "met de kinderen",
        "met 2 kinderen",
        "met twee kinderen",
        "met drie kinderen",
        "met 3 kinderen",
        "met vier kinderen",
        "met een kind",
        "met haar kind",
        "met zijn kind",
        "met haar dochter",
        "met zijn dochter",
        "met haar zoon",
        "met zijn zoon",
        "kinderen",
        "kinders",
        "kindjes",
        "kind",
        "baby",
        "dochter",
        "dochtertje",
        "zoon",
        "zoontje",
        "gezin",
        "familie met kinderen",
        "moeder van",
        "vader van",
        "alleenstaande moeder",
        "alleenstaande vader",
        "ouders met",
        "kids",
        "gezinnen met kinderen",
        "met gezin",
        "met zijn gezin",
        "met haar gezin",
        "hele gezin",
    ),
}
# "geen kinderen", "niet zwanger": the word after these denies the vulnerability.
NEGATIONS: tuple[str, ...] = ("geen", "niet", "zonder", "nooit", "niks van")
NO_VULNERABILITY: tuple[str, ...] = (
    "geen kwetsbaarheid",
    "geen kwetsbaarheden",
    "geen kwetsbaarheid bekend",
    "niet kwetsbaar",
    "geen bijzondere",
    "geen bijzonderheden",
    "geen speciale",
    "geen",
    "niets",
    "niks",
    "nee",
    "neen",
    "gezond",
    "alleenstaande man",
    "alleenstaande vrouw",
    "alleenstaand",
    "geen van beide",
    "geen enkele",
    "none",
    "geen kwetsbaarheid gemeld",
    "geen problemen",
    "geen extra",
)
NO_VULNERABILITY_IN_TEXT: tuple[str, ...] = (
    "geen kwetsbaarheid",
    "geen kwetsbaarheden",
    "niet kwetsbaar",
    "geen bijzondere kwetsbaarheid",
    "geen bijzonderheden",
    "alleenstaande man",
    "gezond en alleen",
    "geen gezondheidsproblemen en geen kinderen",
    "gezond",
    "kerngezond",
    "in goede gezondheid",
)
# A bare word for a passport answers "Welke reisdocumenten heeft je cliënt?" with: a valid one.
PASSPORT_WORDS = (
    r"(?:paspoort\w*|pasport\w*|paspoord\w*|passpoort\w*|pas|reisdocument\w*|document\w*|id|id kaart|"
    r"identiteitskaart\w*|identiteitsdocument\w*|reispas\w*)"
)
NO_PASSPORT = re.compile(rf"(?<!\S)(?:geen|zonder)(?: \S+)? {PASSPORT_WORDS}(?!\S)")
VALID_PASSPORT = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: \S+){{0,2}} (?:geldig|in orde|ok|oke)(?!\S)|(?<!\S)geldige? {PASSPORT_WORDS}(?!\S)"
)
# A minor by age ("16 jaar", "17j") and alone, or "zonder begeleiding".
MINOR_AGE = re.compile(r"(?<!\S)(?:1[0-7]|[1-9]) ?(?:jaar|j|jarige?)(?!\S)")
ALONE = re.compile(
    r"(?<!\S)(?:alleen|alleenstaand\w*|zonder (?:ouders|familie|begeleiding)|niet begeleid\w*|onbegeleid\w*)(?!\S)"
)
LOST_PASSPORT = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: \S+){{0,3}} "
    r"(?:afgenomen|kwijt|verloren|gestolen|ingehouden|weg|afgepakt|vernietigd)(?!\S)"
)
NEAR_EXPIRED = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: \S+){{0,3}} (?:verlopen|vervallen|verloopt|verlopn)(?!\S)"
    rf"|(?<!\S)(?:verlopen|vervallen)(?: \S+){{0,1}} {PASSPORT_WORDS}(?!\S)"
)
BARE_PASSPORT = ("paspoort", "pasport", "paspoord", "passpoort", "reisdocument", "reisdocumenten", "ja paspoort")

DOCUMENT_FORMS: dict[str, tuple[str, ...]] = {
    c.NO_DOCUMENTS: (
        "geen paspoort",
        "zonder paspoort",
        "geen pas",
        "geen reisdocument",
        "geen reisdocumenten",
        "geen documenten",
        "geen identiteitsdocumenten",
        "geen id",
        "geen identiteitskaart",
        "geen papieren meer",
        "paspoort kwijt",
        "paspoort verloren",
        "paspoort gestolen",
        "paspoort afgenomen",
        "paspoort ingehouden",
        "paspoort is kwijt",
        "paspoort is weg",
        "paspoort weg",
        "heeft geen paspoort",
        "geen pasport",
        "geen paspoord",
        "geen passpoort",
        "geen paspor",
        "zonder documenten",
        "zonder reisdocumenten",
        "geen geldig reisdocument",
        "geen enkel document",
        "geen reispas",
        "geen paspoort meer",
    ),
    c.EXPIRED: (
        "verlopen paspoort",
        "paspoort verlopen",
        "paspoort is verlopen",
        "paspoort vervallen",
        "paspoort is vervallen",
        "vervallen paspoort",
        "verlopen",
        "vervallen",
        "niet meer geldig",
        "paspoort niet meer geldig",
        "ongeldig paspoort",
        "paspoort ongeldig",
        "oud paspoort",
        "verloopt",
        "expired",
        "verlopen pasport",
        "pasport verlopen",
        "paspoord verlopen",
        "verlopn",
    ),
    c.VALID_PASSPORT: (
        "geldig paspoort",
        "geldige pas",
        "paspoort is geldig",
        "paspoort geldig",
        "heeft een paspoort",
        "heeft paspoort",
        "met paspoort",
        "paspoort ok",
        "paspoort in orde",
        "heeft zijn paspoort",
        "heeft haar paspoort",
        "laissez passer",
        "heeft een laissez passer",
        "geldig reisdocument",
        "nationaal paspoort",
        "geldige paspoort",
        "met een paspoort",
        "met geldig paspoort",
        "paspoort bij zich",
        "beschikt over een paspoort",
        "in het bezit van een paspoort",
        "eigen paspoort",
        "heeft een pasport",
        "heeft een paspoord",
        "heeft nog een geldig paspoort",
        "paspoort is nog geldig",
        "paspoort nog geldig",
    ),
}
DOCUMENT_ORDER: tuple[str, ...] = (c.NO_DOCUMENTS, c.EXPIRED, c.VALID_PASSPORT)
# A bare yes/no to "Heeft je cliënt een geldig paspoort?".
YES: tuple[str, ...] = ("ja", "jawel", "yes", "ok", "oke", "klopt", "ja hoor", "ja geldig", "ja dat heeft")
NO: tuple[str, ...] = ("nee", "neen", "niet", "geen", "no", "nope")

SKIP: tuple[str, ...] = (
    "weet ik niet",
    "weet niet",
    "weet ik nog niet",
    "ik weet het niet",
    "ik weet niet",
    "geen idee",
    "onbekend",
    "niet bekend",
    "weet ik niet zeker",
    "geen flauw idee",
    "overslaan",
    "sla over",
    "skip",
    "volgende",
    "wn",
    "weetniet",
    "weet k niet",
    "wet ik niet",
    "weet ik nie",
    "idk",
    "dunno",
    "geen info",
    "nog niet bekend",
    "geen informatie",
    "dat weet ik niet",
    "ik weet het nog niet",
    "onduidelijk",
    "geen antwoord",
)
STOP: tuple[str, ...] = (
    "stop",
    "stoppen",
    "stop maar",
    "ik wil stoppen",
    "annuleer",
    "annuleren",
    "afbreken",
    "cancel",
    "laat maar",
    "hou op",
    "houd op",
    "stop de intake",
    "stop intake",
    "stop met de intake",
    "intake stoppen",
    "ik stop",
    "stopt",
    "stoppe",
    "niet verder",
    "ophouden",
    "stop ermee",
    "klaar ermee",
)
STOP_PHRASE = re.compile(
    r"(ok |oke |nee |sorry )?(stop|stoppen|annuleer|annuleren)"
    r"( maar| nu| aub| alsjeblieft| ermee| de intake| met de intake)?"
)
START: tuple[str, ...] = (
    "intake voor een client",
    "intake voor client",
    "ik doe een intake",
    "intake client",
    "nieuwe intake",
    "intake starten",
    "start intake",
    "begin intake",
    "een intake",
)

# Personal data the intake does not need.
NAME_CUES = re.compile(
    r"\b(?:heet|heten|naam is|naam:|genaamd|noemt|mevrouw|meneer|mijnheer|dhr\.?|mevr\.?|mr\.?|mrs\.?|"
    r"cli[eë]nte?|man|vrouw|jongen|meisje)\s+(?P<name>[A-Z][a-zà-ÿ]{2,}(?:[- ][A-Z][a-zà-ÿ]{2,})?)"
)
NAME_AT_START = re.compile(
    r"^\s*(?P<name>[A-Z][a-zà-ÿ]{2,})(?:\s*,|\s+(?:komt|is|heeft|woont|verblijft|zit|kwam|wil|gaat|was|en)\b)"
)
BIRTH_DATE = re.compile(
    r"\b(?:geboren|geb\.?|geboortedatum|dob)\b|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b"
    r"|\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
    r"\s+(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
FILE_NUMBER = re.compile(
    r"\b(?:dossier\w*|ov[- ]?(?:nummer|nr)?\s*\d|ov\d|sp[- ]?(?:nummer|nr)\w*|rijksregister\w*|"
    r"cgvs[- ]?nummer|dvz[- ]?nummer|referentie\w*|refnr|kenmerk|nationaal nummer|insz|bis[- ]?nummer|"
    r"registratienummer|evibelnummer|ebnummer)\b|\b\d{6,}\b",
    re.IGNORECASE,
)
# Capitalised words that are not names.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "mijn",
        "hij",
        "zij",
        "ze",
        "de",
        "het",
        "een",
        "cliënt",
        "cliënte",
        "client",
        "cliente",
        "nee",
        "neen",
        "ja",
        "ik",
        "geen",
        "open",
        "fedasil",
        "iom",
        "caritas",
        "dvz",
        "cgvs",
        "ocmw",
        "loi",
        "nbm",
        "mena",
        "buiten",
        "zwanger",
        "uitgeprocedeerd",
        "afgewezen",
        "asielzoeker",
        "asielzoekster",
        "moeder",
        "vader",
        "familie",
        "gezin",
        "man",
        "vrouw",
        "jongen",
        "meisje",
        "intake",
        "dit",
        "deze",
        "die",
        "dat",
        "wat",
        "waar",
        "welke",
        "hoe",
        "kan",
        "mag",
        "en",
        "ook",
        "nog",
        "er",
        "wij",
        "we",
        "heeft",
        "is",
        "komt",
        "woont",
        "verblijft",
        "student",
        "studente",
        "toerist",
        "weet",
        "sorry",
        "oke",
        "ok",
        "goed",
        "dank",
        "bedankt",
        "hallo",
        "dag",
        "hoi",
        "stop",
        "graag",
        "alleenstaande",
        "niet",
        "begeleide",
        "minderjarige",
        "paspoort",
        "sinds",
        "vorig",
        "volgend",
        "na",
        "voor",
        "met",
        "zonder",
        "bij",
        "op",
        "in",
        "uit",
        "van",
        "over",
        "al",
        "maar",
        "dus",
        "want",
        "toen",
        "hier",
        "daar",
        "iemand",
        "persoon",
        "meneer",
        "mevrouw",
        "klopt",
        "inderdaad",
        "precies",
        "correct",
        "juist",
        "prima",
        "top",
        "super",
        "pardon",
        "eigenlijk",
        "trouwens",
        "verder",
        "daarnaast",
        "helaas",
        "momenteel",
        "nu",
        "vandaag",
        "gisteren",
        "vroeger",
        "later",
        "eerst",
        "dan",
        "toch",
        "wel",
        "zo",
        "ongeveer",
        "belgië",
        "belgie",
        "europa",
        "afrika",
        "azië",
        "azie",
        "latijns",
        "amerika",
    }
)


# ------------------------------------------------------------------------------ matching


def _pattern_for(form: str) -> str:
    if form.endswith("*"):
        return r"(?<!\S)" + re.escape(form[:-1]) + r"\S*"
    return r"(?<!\S)" + re.escape(form) + r"(?!\S)"


def _find(folded: str, forms: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Whole-word matches of the forms: (start, end, form), longest form first, no overlaps."""
    hits: list[tuple[int, int, str]] = []
    for form in sorted(forms, key=len, reverse=True):
        for match in re.finditer(_pattern_for(form), folded):
            if not any(s < match.end() and match.start() < e for s, e, _ in hits):
                hits.append((match.start(), match.end(), form))
    return sorted(hits)


def _negated(folded: str, start: int) -> bool:
    """True if the match at `start` follows a negation ("geen kinderen", "niet zwanger")."""
    before = folded[:start].split()[-2:]
    return any(word in NEGATIONS for word in before[-1:]) or " ".join(before) == "niks van"


def _is(folded: str, forms: tuple[str, ...]) -> bool:
    """The whole message is one of the forms ("weet ik niet", "stop")."""
    return folded in forms


def _status(folded: str) -> str | None:
    found: set[str] = set()
    for status in STATUS_ORDER:
        for start, _end, form in _find(folded, STATUS_FORMS[status]):
            if status == c.NEGATIVE and form in ("negatief", "geweigerd") and _negated(folded, start):
                continue
            found.add(status)
    if c.PROCEDURE in found and any(re.search(_pattern_for(w), folded) for w in NEVER_APPLIED):
        found.discard(c.PROCEDURE)
        found.add(c.NO_RESIDENCE)
    return next((s for s in STATUS_ORDER if s in found), None)


def _place(folded: str) -> str | None:
    for place in PLACE_ORDER:
        for start, _end, form in _find(folded, PLACE_FORMS[place]):
            if place == c.RECEPTION_CENTRE and _negated(folded, start):
                return c.OUTSIDE  # "niet in een centrum"
            if (
                place == c.OUTSIDE
                and form == "buiten"
                and not re.search(r"(?<!\S)buiten (het|de|opvang|netwerk)", folded)
            ):
                continue
            return place
    return None


def _city(folded: str) -> str | None:
    for city, forms in CITY_FORMS.items():
        if _find(folded, forms):
            return city
    return None


def _vulnerabilities(folded: str) -> tuple[list[str], list[str]]:
    """(named, denied) vulnerabilities."""
    named: list[str] = []
    denied: list[str] = []
    taken: list[tuple[int, int]] = []
    for vuln, forms in VULNERABILITY_FORMS.items():
        for start, end, form in _find(folded, forms):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            if vuln == c.MINOR and form in ("minderjarige", "minderjarig") and not _minor_alone(folded):
                # "een minderjarige dochter" is a family with a child, not an unaccompanied minor
                vuln = c.FAMILY
            if vuln == c.HEALTH and form == "gezondheid" and "goede gezondheid" in folded:
                continue
            (denied if _negated(folded, start) else named).append(vuln)
    if c.MINOR not in named and MINOR_AGE.search(folded) and ALONE.search(folded) and not _has_family(folded):
        named.append(c.MINOR)
    named = [v for v in c.VULNERABILITIES if v in named]
    denied = [v for v in c.VULNERABILITIES if v in denied and v not in named]
    return named, denied


def _has_family(folded: str) -> bool:
    return bool(re.search(r"(?<!\S)(dochter\w*|zoon\w*|kinderen|kind\w*|baby|gezin\w*)(?!\S)", folded))


def _minor_alone(folded: str) -> bool:
    return bool(ALONE.search(folded)) or (
        not re.search(r"(?<!\S)(dochter|zoon|kinderen|kind|moeder|vader|ouders|gezin)(?!\S)", folded)
    )


def clauses(text: str) -> list[str]:
    """The text cut at punctuation, each part folded ("geen kwetsbaarheid, paspoort verlopen": two)."""
    return [part for part in (fold(p) for p in re.split(r"[,.;:!?()\n]+", text)) if part]


def _documents(folded: str, requested: str | None = None, parts: list[str] | None = None) -> str | None:
    parts = parts if parts is not None else [folded]
    if any(LOST_PASSPORT.search(p) or NO_PASSPORT.search(p) for p in parts):
        return c.NO_DOCUMENTS
    if any(NEAR_EXPIRED.search(p) for p in parts):
        return c.EXPIRED
    for doc in DOCUMENT_ORDER:
        for part, (start, _end, form) in ((p, hit) for p in parts for hit in _find(p, DOCUMENT_FORMS[doc])):
            if doc == c.VALID_PASSPORT and _negated(part, start):
                return c.NO_DOCUMENTS
            bare_expired = doc == c.EXPIRED and form in ("verlopen", "vervallen", "verloopt", "verlopn", "expired")
            if bare_expired and requested != c.SLOT_DOCUMENTS:
                continue  # "het visum is verlopen" says nothing about the passport
            return doc
    if any(VALID_PASSPORT.search(p) for p in parts) or (requested == c.SLOT_DOCUMENTS and folded in BARE_PASSPORT):
        return c.VALID_PASSPORT
    return None


def personal_data(text: str) -> list[str]:
    """Kinds of personal data in the text: "name", "birth_date", "file_number" (in that order)."""
    kinds: list[str] = []
    names = [m["name"] for m in NAME_CUES.finditer(text)] + [m["name"] for m in NAME_AT_START.finditer(text)]
    if any(_looks_like_name(n) for n in names):
        kinds.append("name")
    if BIRTH_DATE.search(text):
        kinds.append("birth_date")
    without_years = re.sub(r"\b(19|20)\d{2}\b", " ", text)
    if FILE_NUMBER.search(without_years):
        kinds.append("file_number")
    return kinds


def _looks_like_name(word: str) -> bool:
    first = word.split()[0].split("-")[0]
    folded = fold(first)
    if first.lower() in NOT_NAMES or folded in NOT_NAMES:
        return False
    if country_of(first) is not None or _city(folded) is not None:
        return False
    all_forms = {
        f
        for forms in (
            *STATUS_FORMS.values(),
            *PLACE_FORMS.values(),
            *VULNERABILITY_FORMS.values(),
            *DOCUMENT_FORMS.values(),
        )
        for f in forms
    }
    return folded not in all_forms


# ------------------------------------------------------------------------------ the message


@dataclass(frozen=True)
class Parsed:
    """What one message says about the client, and what else it asks for."""

    values: dict[str, str] = field(default_factory=dict)  # slot -> value (country, status, place, city, documents)
    vulnerabilities: tuple[str, ...] = ()  # named
    denied: tuple[str, ...] = ()  # "geen kinderen", "niet zwanger"
    no_vulnerability: bool = False  # "geen kwetsbaarheid", or "nee" to that question
    skip: bool = False  # "weet ik niet"
    stop: bool = False
    start: bool = False  # "intake voor een cliënt" again
    personal: tuple[str, ...] = ()  # name, birth_date, file_number

    @property
    def names_anything(self) -> bool:
        """True if the message says something about the client."""
        return bool(self.values or self.vulnerabilities or self.denied or self.no_vulnerability)


def parse_message(text: str, requested: str | None = None) -> Parsed:
    """Everything one message says; `requested` is the question just asked (a slot name) or None."""
    folded = fold(text)
    personal = tuple(personal_data(text))
    if _is(folded, STOP) or STOP_PHRASE.fullmatch(folded):
        return Parsed(stop=True, personal=personal)
    values: dict[str, str] = {}
    country = country_of(text)
    if country:
        values[c.SLOT_COUNTRY] = country
    status = _status(folded)
    if status:
        values[c.SLOT_STATUS] = status
    place = _place(folded)
    if place:
        values[c.SLOT_PLACE] = place
    city = _city(folded)
    if city:
        values[c.SLOT_CITY] = city
        if place is None and requested == c.SLOT_PLACE:
            values[c.SLOT_PLACE] = c.OUTSIDE  # the place buttons: "Buiten het netwerk, in Gent" or just "Gent"
    documents = _documents(folded, requested, clauses(text))
    if documents:
        values[c.SLOT_DOCUMENTS] = documents
    named, denied = _vulnerabilities(folded)
    no_vuln = not named and any(
        not _negated(folded, start) for start, _end, _form in _find(folded, NO_VULNERABILITY_IN_TEXT)
    )
    nothing = not (values or named or denied)
    skip = nothing and (_is(folded, SKIP) or any(re.search(_pattern_for(f), folded) for f in SKIP[:6]))
    start = nothing and any(re.search(_pattern_for(f), folded) for f in START)
    if nothing and not skip and requested == c.SLOT_VULNERABILITIES and _is(folded, NO_VULNERABILITY):
        no_vuln = True
    if nothing and not skip and requested == c.SLOT_DOCUMENTS:
        if _is(folded, YES):
            values[c.SLOT_DOCUMENTS] = c.VALID_PASSPORT
        elif _is(folded, NO):
            values[c.SLOT_DOCUMENTS] = c.NO_DOCUMENTS
    return Parsed(
        values=values,
        vulnerabilities=tuple(named),
        denied=tuple(denied),
        no_vulnerability=no_vuln,
        skip=skip,
        stop=False,
        start=start,
        personal=personal,
    )
