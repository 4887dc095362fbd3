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
        # round 9
        "hartaandoening",
        "psychologische problemen",
        "problemes psychologiques",
        "probleme psychologique",
        "psy",
        "hartkwaal",
        "verslaafd",
        "verslaving",
        "alcoholverslaafd",
        "alcoholverslaving",
        "drugsverslaafd",
        "leverproblemen",
        "leverziekte",
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
        # round 10 (dev_intake_11.yml): mental health and illnesses in English and French
        "depression",
        "depressed",
        "mental health",
        "mental problem",
        "mental problems",
        "ptsd",
        "psycholoog",
        "psychologist",
        "psychiatre",
        "psychiater",
        "diabetic",
        "diabetique",
        "suikerziek",
        "asthma",
        "multiple sclerose",
        "sclerose en plaques",
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
        # round 10: Spanish
        "mi hijo",
        "mi hija",
        "mis hijos",
        "mis hijas",
        "ninos",
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
        "kinder",
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
    # round 10: "op medisch of sociaal vlak", French and English
    "geen bijzonderheden op medisch of sociaal vlak",
    "rien de special",
    "rien de particulier",
    "nothing special",
    "niks speciaal",
    "niets speciaal",
    "alleenstaande man",
    "gezond en alleen",
    "geen gezondheidsproblemen en geen kinderen",
    "niets bijzonders",
    "niks bijzonders",
)
# A minor by age ("16 jaar", "17j") and alone, or "zonder begeleiding".
MINOR_AGE = re.compile(
    # not a duration: "werkt hier zwart 5 jaar", "al 3 jaar in België", "sinds 2 jaar" (round 10)
    r"(?<!\S)(?<!al )(?<!sinds )(?<!zwart )(?<!hier )(?<!nu )(?<!since )(?<!for )"
    r"(?:1[0-7]|[1-9]) ?(?:jaar|j|jarige?)(?!\S)"
    r"(?! (?:in belgie|in belgium|geleden|illegaal|in het zwart|zwart))"
    r"|(?<!\S)van 1[0-7](?!\S)(?! (?:weken|maanden|dagen))"
    # "ik ben 17 en alleen hier", "i am 16" (round 9)
    r"|(?<!\S)(?:ik ben|hij is|ze is|zij is|i am|i m|he is|she is) 1[0-7](?!\S)"
    r"(?! (?:weken|maanden|dagen|jaar geleden))"
    r"|(?<!\S)1[0-7] ans(?!\S)"
)
# "is misschien zwanger, de test volgt": not known yet, so not named (round 9).
UNSURE = re.compile(r"(?<!\S)(?:misschien|mogelijk|eventueel|wellicht|maybe|perhaps|peut etre)(?: \S+){0,2} $")
ALONE = re.compile(
    r"(?<!\S)(?:alleen|alleenstaand\w*|zonder (?:ouders|familie|begeleiding)|niet begeleid\w*|onbegeleid\w*|"
    r"alone|seul|seule|geen (?:ouders|familie)|no (?:parents|family)|sans (?:parents|famille))(?!\S)"
)


# ------------------------------------------------------------------------------ round 4 conventions
# A bare age as its own clause ("Eritrese jongen, 17, alleen gekomen") counts as an age.
BARE_MINOR_AGE = re.compile(r"^(?:\S+ )?(?:1[0-7])$")
# "alleenstaand" beside a denied vulnerability ("geen gezondheidsproblemen, alleenstaand"): no vulnerability.
SINGLE = re.compile(r"(?<!\S)(?:alleenstaand\w*|single)(?!\S)")

# ------------------------------------------------------------------------------ round 5 conventions
# "hij is hier alleen" (his wife and children live back home): no family with children here.
HERE_ALONE = re.compile(r"(?<!\S)(?:is|zit|woont|verblijft|ben|leeft) hier alleen(?!\S)|(?<!\S)alleen in belgie(?!\S)")
# "kinderen heb ik niet hier": the vulnerability denied after its word.
DENIED_AFTER = re.compile(r"^ (?:heb|heeft|hebben)(?: (?:ik|hij|ze|zij|wij|we))? niet(?!\S)")
# "gezond" says nothing of pregnancy, trafficking or children: no vulnerability only with "alleen(staand)".
HEALTHY = re.compile(
    r"(?<!\S)(?:gezond|gezonde|kerngezond|in goede gezondheid|healthy|en bonne sante|"
    r"gezondheid (?:is )?(?:ok|oke|goed|in orde))(?!\S)"
)

# ------------------------------------------------------------------------------ round 7 conventions
# "kwam als niet-begeleide minderjarige maar is intussen meerderjarig": no longer a minor.
NOW_ADULT = re.compile(
    r"(?<!\S)(?:intussen|inmiddels|ondertussen|nu|nu al|sindsdien)"
    r" (?:\S+ )?(?:meerderjarig\w*|volwassen|18|19|20)(?!\S)"
)
