"""Word lists of a client's needs: vulnerabilities and travel documents (folded forms).

Data only, read by bot/intake/parse.py. Folded forms: lower case, no accents, punctuation as
spaces; matched as whole words or word groups; a form ending in "*" matches any word that starts
with it.
"""

from __future__ import annotations

import re

from bot.intake import client as c

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
        "dementie",
        "prothese",
        "beenprothese",
        "astma",
        "hartprobleem",
        "hartziekte",
        "met mijn hart",
        "met zijn hart",
        "met haar hart",
        "suiker ziekte",
        "diabetica",
        "diabeet",
        "nierfalen",
        "hernia",
        "rugpijn",
        "9ter",
        "gezondheidsprob*",
        "gezonheidsproblemen",
        "gezondheitsproblemen",
        # round 7 (dev_intake_7.yml): illnesses by name, English and French words
        "zwangerschapsdiabetes",
        "hoge bloeddruk",
        "bloeddruk",
        "hypertensie",
        "darmkanker",
        "borstkanker",
        "longkanker",
        "leverkanker",
        "prostaatkanker",
        "chemo",
        "chemotherapie",
        "levercirrose",
        "cirrose",
        "nierpatient",
        "nierziekte",
        "reuma",
        "hartfalen",
        "insuline",
        "sick",
        "malade",
        "maladie",
        # round 8 (dev_intake_8.yml)
        "health problem",
        "health problems",
        "health issue",
        "health issues",
        "sugar disease",
        "longproblemen",
        "longziekte",
        "nierproblemen",
        "nieren",
        "rugklachten",
        "rugproblemen",
        "letsel",
        "oorlogsletsel",
        "klachten",
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
        "nbmv",
        "nbmvs",
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
        "arbeidsuitbuiting",
        "slachtoffer van uitbuiting",
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
        "dochtertjes",
        "dochters",
        "zonen",
        "zoontjes",
        "kindje",
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
        "son",
        "daughter",
        "children",
        "child",
        "enfant",
        "enfants",
        "fils",
        "fille",
    ),
}
# "geen kinderen", "niet zwanger": the word after these denies the vulnerability.
NEGATIONS: tuple[str, ...] = ("geen", "niet", "zonder", "nooit", "niks van", "niemand", "no", "not", "sans")
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
    "geen specifieke kwetsbaarheid",
    "geen specifieke kwetsbaarheden",
    "geen bijzondere kwetsbaarheden",
    "geen bijzondere noden",
    "geen specifieke noden",
    "geen kwetsbaarheden bekend",
    "geen kwetsbaarheden",
    "niet kwetsbaar",
    "geen bijzondere kwetsbaarheid",
    "geen bijzonderheden",
    "alleenstaande man",
    "gezond en alleen",
    "geen gezondheidsproblemen en geen kinderen",
    "niets bijzonders",
    "niks bijzonders",
)
# A bare word for a passport answers "Welke reisdocumenten heeft je cliënt?" with: a valid one.
PASSPORT_WORDS = (
    r"(?:paspoort\w*|pasport\w*|paspoord\w*|passpoort\w*|passport\w*|passeport\w*|passaport\w*|pasaporte|pas|"
    r"reisdocument\w*|document\w*|"
    r"id|id kaart|"
    r"identiteitskaart\w*|identiteitsdocument\w*|identiteitsbewijs\w*|reispas\w*)"
)
NO_PASSPORT = re.compile(
    rf"(?<!\S)(?:geen|zonder|nooit|no|sans)(?: \S+){{0,2}} {PASSPORT_WORDS}(?!\S)"
    rf"|(?<!\S){PASSPORT_WORDS} (?:heeft|heb|hebben|had)(?: (?:hij|ze|zij|ik|u|je))? (?:niet|nooit)(?!\S)"
)
VALID_PASSPORT = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: (?!niet(?!\S)|geen(?!\S))\S+){{0,8}}"
    r" (?:geldig|in orde|ok|oke|nog goed|niet verlopen|valid|still valid|valable|valide)(?!\S)"
    rf"|(?<!\S){PASSPORT_WORDS} is goed(?!\S)"
    rf"|(?<!\S){PASSPORT_WORDS}(?: \S+){{0,2}} (?:valabil|valido|valida)(?!\S)"
    rf"|(?<!\S)geldige? (?:\S+ )?{PASSPORT_WORDS}(?!\S)"
)
# A minor by age ("16 jaar", "17j") and alone, or "zonder begeleiding".
MINOR_AGE = re.compile(
    r"(?<!\S)(?:1[0-7]|[1-9]) ?(?:jaar|j|jarige?)(?!\S)|(?<!\S)van 1[0-7](?!\S)(?! (?:weken|maanden|dagen))"
)
# "heeft geen papieren": no residence papers, and no documents either (a fallback after the passport words).
NO_PAPERS = re.compile(r"(?<!\S)(?:heeft|hebben|had|hadden|bezit)(?: \S+){0,2} geen (?:papieren|documenten)(?!\S)")
ALONE = re.compile(
    r"(?<!\S)(?:alleen|alleenstaand\w*|zonder (?:ouders|familie|begeleiding)|niet begeleid\w*|onbegeleid\w*|"
    r"alone|seul|seule|geen (?:ouders|familie)|no (?:parents|family)|sans (?:parents|famille))(?!\S)"
)
LOST_PASSPORT = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: \S+){{0,3}} "
    r"(?:afgenomen|kwijt|kwijtgeraakt|kwijtgespeeld|verloren|gestolen|ingehouden|weg|afgepakt|vernietigd|"
    r"perdu|vole|lost|stolen)(?!\S)"
    # "haar paspoort werd door de uitbuiters afgenomen": a participle further on (round 7)
    rf"|(?<!\S){PASSPORT_WORDS}(?: \S+){{0,8}} (?:afgenomen|afgepakt|ingehouden|gestolen|kwijtgeraakt)(?!\S)"
    # "zijn paspoort ligt bij zijn vroegere werkgever, die het niet wil teruggeven" (round 8)
    rf"|(?<!\S){PASSPORT_WORDS}(?: \S+){{0,2}} (?:ligt|zit|is) bij (?:zijn|haar|de|een) (?:\S+ )?"
    r"(?:werkgever|baas|uitbuiter\w*|patron)(?!\S)"
    r"|(?<!\S)(?:wil|willen) (?:het|hem|dat) niet (?:terug)?geven(?!\S)"
    # "zijn werkgever nam zijn paspoort af" (round 7)
    rf"|(?<!\S)(?:nam|namen|neemt|nemen|pakte|pakten|hield|hielden)(?: \S+){{0,3}} {PASSPORT_WORDS}"
    r"(?: \S+){0,2} (?:af|in)(?!\S)"
)
NEAR_EXPIRED = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: (?!niet(?!\S))\S+){{0,3}}"
    r" (?:verlopen|vervallen|verloopt|verlopn|expired|expire|expiree|fini|perime|perimee|over datum|outdated|"
    r"vencido|expirat)(?!\S)"
    rf"|(?<!\S)(?:verlopen|vervallen)(?: \S+){{0,1}} {PASSPORT_WORDS}(?!\S)"
)
# "heeft wel een paspoort, maar dat is verlopen" (read on the whole message, over the comma).
EXPIRED_AFTER_ALL = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: \S+){{0,4}} maar (?:dat|die|het|deze|hij|ze) is (?:al |wel |ook )?"
    r"(?:verlopen|vervallen)(?!\S)"
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

# ------------------------------------------------------------------------------ round 4 conventions
# A relative who is not part of the client's household: their illness is no vulnerability of the
# client ("wil terug omdat zijn moeder ziek is").
OTHER_PERSON = re.compile(
    r"(?<!\S)(?:zijn|haar|hun|mijn|z n|d r)"
    r" (?:moeder|vader|ouders|mama|papa|broer|zus|zuster|oma|opa|grootmoeder|grootvader|tante|oom|nonkel|neef|nicht|"
    r"familie|schoonmoeder|schoonvader|dochter\w*|zoon\w*|kind\w*)(?!\S)|(?<!\S)de (?:jongste|oudste)(?!\S)"
    r"|(?<!\S)(?:zijn|haar|hun|mijn) eigen (?:moeder|vader|ouders|mama|papa|broer|zus|familie)(?!\S)"
    r"|(?<!\S)(?:my|his|her|their) (?:mother|father|parents|mom|mum|dad|brother|sister|wife|husband|son|daughter|"
    r"child|children|family|grandmother|grandfather)(?!\S)"
)
# "volwassen dochter", "meerderjarige zoon": a grown-up child, not a family with children.
GROWN_UP = ("volwassen", "volwassene", "meerderjarig", "meerderjarige", "oudere")
# A bare age as its own clause ("Eritrese jongen, 17, alleen gekomen") counts as an age.
BARE_MINOR_AGE = re.compile(r"^(?:\S+ )?(?:1[0-7])$")
# "alleenstaand" beside a denied vulnerability ("geen gezondheidsproblemen, alleenstaand"): no vulnerability.
SINGLE = re.compile(r"(?<!\S)(?:alleenstaand\w*|single)(?!\S)")

# ------------------------------------------------------------------------------ round 5 conventions
# "hij is hier alleen" (his wife and children live back home): no family with children here.
HERE_ALONE = re.compile(r"(?<!\S)(?:is|zit|woont|verblijft|ben|leeft) hier alleen(?!\S)|(?<!\S)alleen in belgie(?!\S)")
# "woont bij haar dochter": a grown-up child who houses the client, not a family with children.
HOSTED_BY = ("bij haar", "bij zijn", "bij hun", "bij mijn", "bij de")
# "kinderen heb ik niet hier": the vulnerability denied after its word.
DENIED_AFTER = re.compile(r"^ (?:heb|heeft|hebben)(?: (?:ik|hij|ze|zij|wij|we))? niet(?!\S)")
# "er zal een laissez-passer nodig zijn": no passport to travel with (after the expired check).
NEEDS_TRAVEL_DOCUMENT = re.compile(
    r"(?<!\S)laissez passer(?: \S+){0,3} nodig(?!\S)|(?<!\S)nodig(?: \S+){0,2} laissez passer(?!\S)"
)
# "gezond" says nothing of pregnancy, trafficking or children: no vulnerability only with "alleen(staand)".
HEALTHY = re.compile(
    r"(?<!\S)(?:gezond|gezonde|kerngezond|in goede gezondheid|healthy|en bonne sante|"
    r"gezondheid (?:is )?(?:ok|oke|goed|in orde))(?!\S)"
)

# ------------------------------------------------------------------------------ round 7 conventions
# "Of ze een paspoort heeft, weet ik niet", "paspoort: onbekend": the documents are not said (this
# outranks "heeft geen papieren", which would otherwise also mean no documents).
PASSPORT_UNKNOWN = re.compile(
    rf"(?<!\S){PASSPORT_WORDS}(?: \S+){{0,4}}"
    r" (?:weet ik niet|weet niet|geen idee|onbekend|niet gekend|weten we niet)(?!\S)"
    rf"|(?<!\S)(?:weet (?:ik )?niet|geen idee)(?: \S+){{0,2}} (?:of|welk\w*)(?: \S+){{0,3}} {PASSPORT_WORDS}(?!\S)"
)
# "kwam als niet-begeleide minderjarige maar is intussen meerderjarig": no longer a minor.
NOW_ADULT = re.compile(
    r"(?<!\S)(?:intussen|inmiddels|ondertussen|nu|nu al|sindsdien)"
    r" (?:\S+ )?(?:meerderjarig\w*|volwassen|18|19|20)(?!\S)"
)
# "mijn kind is in Lagos bij mijn moeder", "zijn kinderen wonen in Kabul": children who live elsewhere
# are no family with children here (the place after "in" is checked in parse.py).
CHILD_ELSEWHERE = re.compile(
    r"^(?:\S+ )?(?:is|zijn|wonen|woont|zit|zitten|verblijft|verblijven|leeft|leven|blijft|blijven|are|is still)"
    r"(?: nog| nog altijd| nog steeds)? (?:in|thuis|daar|au|in het land)(?: (?P<place>\S+))?"
)
# "Paspoort? Nee, nooit gehad." (read on the whole message, over the question mark; round 8)
PASSPORT_NO_ANSWER = re.compile(rf"(?<!\S){PASSPORT_WORDS} (?:nee|neen|no) (?:nooit|geen|niet|none)(?!\S)")
# "zijn vrouw in Servië is zwanger": a relative abroad (the word after "in" is checked for a country).
RELATIVE_ABROAD = re.compile(
    r"(?<!\S)(?:zijn|haar|mijn|hun|my|his) (?:vrouw|echtgenote|partner|vriendin|moeder|zus|zuster|dochter|wife|sister)"
    r"(?: \S+){0,2} in (?P<place>\S+)"
)
# "ik ben de dochter van ...": the writer is the child, not a family with children.
WRITER_IS_CHILD = re.compile(r"(?<!\S)(?:ik ben|ben) (?:de|haar|zijn) $")
# "documenten: geen" as a line of a list: no travel document.
FIELD_NO_DOCUMENTS = re.compile(
    r"(?:^|[.;\n])\s*(?:documenten|reisdocumenten|reisdocument|paspoort|papieren)\s*:\s*"
    r"(?:geen|nee|neen|none)\s*(?:[.,;\n]|$)",
    re.IGNORECASE,
)
