"""Word lists of where a client lives: place words and clues (folded forms; the cities: words_cities.py).

Data only, read by bot/intake/parse.py and bot/intake/context.py. Folded forms: lower case, no
accents, punctuation as spaces; matched as whole words or word groups; a form ending in "*" matches
any word that starts with it.
"""

from __future__ import annotations

import re

from bot.intake import client as c
from bot.intake.sources import MONTH_NAMES

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
        "terugkeer centrum",
        "terugkeerwoning",
        "terugkeerwoningen",
    ),
    c.OUTSIDE: (
        "in zijn auto",
        "in haar auto",
        "in een auto",
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
        "slaapt bij",
        "nachtopvang",
        "daklozenopvang",
        "op kot",
        "in kot",
        "studentenkamer",
        "op een kot",
        "op een kamer",
        "huurt een kamer",
        "een kamer",
        "een studio",
        "gehuurde studio",
        "gehuurde kamer",
        "gehuurd appartement",
        "een appartement",
        "buiten",
        "rent a room",
        "rent room",
        "in the street",
        "on the street",
        "dans la rue",
        # round 10 (dev_intake_11.yml): French, English and Spanish
        "dehors",
        "je dors dehors",
        "squat",
        "samusocial",
        "samu social",
        "shelter",
        "night shelter",
        "foyer",
        "una habitacion",
        "en la calle",
        "huurt een kamer",
        "op een kamer",
        "kraakpand",
    ),
    c.RECEPTION_CENTRE: (
        "opvangcentrum",
        "opvangcentra",
        "opvang centrum",
        "opvangcentrun",
        "asielcentrum",
        "asiel centrum",
        "centrum van fedasil",
        "centre van fedasil",
        "centre fedasil",
        "fedasil center",
        "fedasil centre",
        "asylum center",
        "asylum centre",
        "centre d accueil",
        "fedasil centrum",
        "fedasilcentrum",
        "rode kruis",
        "red cross",
        "croix rouge",
        "rode kruiscentrum",
        "croix rouge",
        "loi",
        "lokaal opvanginitiatief",
        "opvanginitiatief",
        "collectieve opvang",
        "klein kasteeltje",
        "observatie en orientatiecentrum",
        "orientatiecentrum",
        "observatiecentrum",
        "ooc",
        "opvangplaats",
        "individuele opvang",
        "individuele opvangplaats",
        "gezinswoning van fedasil",
        "petit chateau",
        "aanmeldcentrum",
        "in de opvang",
        "in opvang",
        "opvangnetwerk",
        "opvangstructuur",
        "centrum",
        "opvang",
        # round 10 (dev_intake_11.yml): French, Spanish and migrants' words
        "centre pour mineurs",
        "centre croix rouge",
        "centre de la croix rouge",
        "centro de la cruz roja",
        "cruz roja",
        "centro de acogida",
        "kamp",
        "camp",
        "asylum camp",
    ),
}
PLACE_ORDER: tuple[str, ...] = (c.RETURN_PLACE, c.OUTSIDE, c.RECEPTION_CENTRE)
# "bij haar tante", "bij zijn oom", "bij een kennis": living with people, outside the network.
WITH_PEOPLE = re.compile(
    r"(?<!\S)bij (?:zijn|haar|hun|mijn|een|de|z n|d r)? ?"
    r"(?:tante|oom|nonkel|nicht|neef|broer|zus|zuster|vriend|vriendin|vrienden|kennis|kennissen|familie|"
    r"familieleden|landgenoot|landgenote|landgenoten|partner|ex partner|ex|lief|moeder|vader|ouders|dochter|zoon|"
    r"echtgeno\w*|schoon\w*|kameraad|kameraden|collega|buren|gastgezin|gastfamilie)(?!\S)"
    # round 7: "stay with my cousin", "live with friends", "chez un ami"
    r"|(?<!\S)with (?:my |some |a )?(?:friend|friends|cousin|cousins|uncle|aunt|compatriots)(?!\S)"
    r"|(?<!\S)(?:live|living|stay|staying|sleep|i am|lives|stays) with (?:my |a |his |her |some )?"
    r"(?:friend|friends|cousin|cousins|brother|sister|uncle|aunt|family|boyfriend|girlfriend|compatriots)(?!\S)"
    r"|(?<!\S)chez (?:un|une|mon|ma|mes|des|son|sa)"
    r" (?:ami|amie|amis|cousin|cousine|frere|soeur|famille|compatriote\w*)(?!\S)"
)
# "woont in Gent", "verblijft in Antwerpen": a client who lives in a city without a reception word
# lives outside the network (bot/intake/parse.py).
LIVING = re.compile(
    r"(?<!\S)(?:woont|wonen|woon|woonachtig|verblijft|verblijven|leeft|leven|slaapt|slapen|logeert|logeren|"
    r"huist|huurt|huren|verblijfplaats|adres|live|lives|living|stay|stays|habite)(?!\S)"
)
# Capitalised words after "in"/"te"/"van" that are no city.
NOT_CITIES: frozenset[str] = frozenset(
    {
        "belgie",
        "belgium",
        "europa",
        "fedasil",
        "procedure",
        "het",
        "de",
        "een",
        "orde",
        "afwachting",
        "loi",
        "otp",
        "cgvs",
        "dvz",
        "ocmw",
        "caw",
        "rode",
        "croix",
        "iom",
        "caritas",
        "payoke",
        "sürya",
        "surya",
        "pag",
        *MONTH_NAMES,  # "in Maart" is no town
        "nederland",
        "frankrijk",
        "duitsland",
        # regions and provinces: no municipality ("ergens in Limburg")
        "vlaanderen",
        "wallonie",
        "flanders",
        "wallonia",
        "limburg",
        "brabant",
        "vlaams brabant",
        "waals brabant",
        "oost vlaanderen",
        "west vlaanderen",
        "henegouwen",
        "hainaut",
        "ardennen",
    }
)
# A shelter that is not a Fedasil or Red Cross centre (a women's shelter, Sürya's or Payoke's house):
# outside the network (round 6; round 4 left the place unsaid).
SHELTER = re.compile(
    r"(?<!\S)(?:opvanghuis\w*|opvangtehuis\w*|vluchthuis\w*|vrouwenopvang|vrouwenhuis|crisisopvang|"
    r"blijf van mijn lijf\w*|beschermd wonen|beschermde woning|onthaalhuis\w*)(?!\S)"
)
# A city the client used to live in ("eerst in Antwerpen", "woonde vroeger in Gent"): not the current one.
PAST_PLACE = re.compile(
    r"(?<!\S)(?:eerst|vroeger|voordien|daarvoor|woonde|woonden|verbleef|verbleven|"
    r"voorheen|oorspronkelijk|verhuisd van)(?!\S)"
)
# A place the client has left or is only moving to ("de OTP verlaten", "zijn tijd in de OTP is voorbij",
# "transfer naar een open terugkeerplaats aangevraagd"): not where the client lives now.
LEFT_PLACE = re.compile(r"(?<!\S)(?<!te )(?:verlaten|verliet|voorbij|weg uit|al weg)(?!\S)")  # not "België te verlaten"
# "naar een open terugkeerplaats verwezen, maar hij is daar niet heen gegaan" (round 8)
NOT_GONE = re.compile(r"(?<!\S)(?:niet|nooit) (?:heen |naartoe |naar toe )?(?:gegaan|aangekomen|opgedaagd)(?!\S)")
MOVING_TO = re.compile(
    r"(?<!\S)(?:transfer|overplaatsing|overgeplaatst|overgebracht|verhuist|verhuizen)(?: \S+){0,2}"
    r" naar(?: een| de| het)? $"
)
# "maar wordt volgende week overgeplaatst naar de OTP in Holsbeek": a clause about where the client
# will live, not where they live now (round 9).
FUTURE_PLACE = re.compile(
    r"(?<!\S)(?:wordt|zal|gaat|moet)(?: \S+){0,4}"
    r" (?:overgeplaatst|overgebracht|verhuizen|verhuist|verwezen|doorverwezen)(?!\S)"
)
# "OTP betekend op 3 mei", "heeft een OTP ontvangen": an order to leave written as "OTP", no place (round 9).
OTP_ORDER = re.compile(
    r"^otp(?: \S+){0,1} (?:betekend|ontvangen|gekregen|uitgereikt|betekent)(?!\S)"
    r"|(?<!\S)(?:heeft|kreeg|ontving|kregen|had) (?:een |de )?$"
)
# "woont samen met haar partner in Lier": private housing, when no other place is named.
LIVING_TOGETHER = re.compile(r"(?<!\S)samen met (?:zijn|haar|hun|mijn) (?:partner|man|vrouw|vriend|vriendin)(?!\S)")
# A clause that says where the client lives now ("woont nu op een kamer in Verviers").
PRESENT = re.compile(r"(?<!\S)(?:nu|momenteel|intussen|inmiddels|sindsdien|tegenwoordig|sinds|now)(?!\S)")
# "niet meer in het", "niet langer in de": the place that follows is a former one.
NO_LONGER = re.compile(r"(?<!\S)niet (?:meer|langer) (?:in |bij |op )?(?:het |de |een )?$")

# ------------------------------------------------------------------------------ round 10: which city is the home
# A city named as the writer's office, not the client's home ("terugkeerloket Antwerpen", "ons
# kantoor in Roeselare"), or only as a neighbourhood ("near Leuven", "in de buurt van Hasselt",
# "niet in Genk zelf"): the municipality where the client lives is not certain from it.
NOT_HOME_BEFORE = re.compile(
    r"(?:(?<!\S)(?:terugkeerloket|loket|\w*kantoor|\w*kantoren|bureau|vanuit|onthaal|collega|"
    r"near|buurt van|omgeving van|"
    r"regio|rond|around|niet in|not in|pas a)(?: (?:in|te|van|de|het|ons|onze|the|in de))?)\s*$"
)


# "woont niet meer in het opvangcentrum van Kapellen maar ...": a former home, a few words on, up to
# "maar" or "nu" (the folded text has no commas).
FORMER_HOME = re.compile(
    r"(?<!\S)(?:niet (?:meer|langer)|no longer|not anymore|plus)"
    r"(?: (?!maar |but |mais |nu |now |maintenant |momenteel )\S+){0,5} $"
)
# "is vorige maand verhuisd naar de OTP in Arendonk": the home after a move that has happened.
MOVED = re.compile(r"(?<!\S)(?:(?:is|zijn|ben)(?: \S+){0,3} verhuisd|moved|verhuisd) naar(?!\S)|(?<!\S)moved to(?!\S)")
