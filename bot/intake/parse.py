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
from bot.intake.context import corrected_text, current_text, origin_country
from bot.intake.documents import passport_corrected, read_documents
from bot.intake.match import city_in, clauses, find, is_one_of, negated, pattern_for, raw_clauses
from bot.intake.needs import read_vulnerabilities
from bot.intake.places import common_words, towns
from bot.intake.sources import country_of, fold
from bot.intake.words_cities import CITY_FORMS
from bot.intake.words_dialogue import (
    BIRTH_DATE,
    FILE_NUMBER,
    NAME_AT_START,
    NAME_CUES,
    NO,
    NOT_NAMES,
    SKIP,
    START,
    STOP,
    STOP_PHRASE,
    YES,
)
from bot.intake.words_documents import (
    DOCUMENT_FORMS,
)
from bot.intake.words_needs import (
    ALONE,
    HEALTHY,
    NO_VULNERABILITY,
    NO_VULNERABILITY_IN_TEXT,
    SINGLE,
    VULNERABILITY_FORMS,
)
from bot.intake.words_places import (
    LEFT_PLACE,
    LIVING,
    LIVING_TOGETHER,
    MOVING_TO,
    NO_LONGER,
    NOT_CITIES,
    NOT_GONE,
    NOT_HOME_BEFORE,
    OTP_ORDER,
    PLACE_FORMS,
    PLACE_ORDER,
    PRESENT,
    SHELTER,
    WITH_PEOPLE,
)
from bot.intake.words_situation import (
    APPEAL_PENDING,
    APPEAL_REJECTED,
    ASYLUM_RUNNING,
    ASYLUM_WORDS,
    NEVER_APPLIED,
    ORDER_TO_LEAVE,
    OTHER_RUNNING,
    OVERSTAY,
    REFUSAL_FORMS,
    RUNNING,
    STATUS_FORMS,
    STATUS_ORDER,
    SUBSEQUENT_RUNNING,
    VISA_OVER,
)


def _status(folded: str) -> str | None:
    found: set[str] = set()
    order_only = True  # every negative word is an order to leave ("BGV"), no decision on asylum
    refusal_only = True  # every negative word is a bare refusal ("geweigerd"), no asylum decision
    refusal_or_order = True  # every negative word is a bare refusal or an order to leave
    for status in STATUS_ORDER:
        for start, _end, form in find(folded, STATUS_FORMS[status]):
            if status == c.NEGATIVE and form in ("negatief", "geweigerd") and negated(folded, start):
                continue
            if status == c.OTHER_PROCEDURE and negated(folded, start):
                continue  # "ook geen tijdelijke bescherming" (round 9)
            if status == c.NEGATIVE and form not in REFUSAL_FORMS:
                refusal_only = False
            if status == c.NEGATIVE and form not in ORDER_TO_LEAVE:
                order_only = False
            if status == c.NEGATIVE and form not in ORDER_TO_LEAVE and form not in REFUSAL_FORMS:
                refusal_or_order = False
            found.add(status)
    if RUNNING.search(folded):
        found.add(c.PROCEDURE)  # "asielproc loopt nog", "asielaanvraag nog niet beslist"
    if OVERSTAY.search(folded):
        found.add(c.NO_RESIDENCE)  # stayed on past the permitted stay
    asylum_words = {m.group(0) for m in ASYLUM_WORDS.finditer(folded)}
    only_an_order = asylum_words <= ORDER_TO_LEAVE | {"bevel om het grondgebied"}
    if c.OTHER_PROCEDURE in found and c.NEGATIVE in found and only_an_order and refusal_or_order:
        found.discard(c.NEGATIVE)  # "BGV nadat DVZ zijn aanvraag gezinshereniging weigerde" (round 9)
    never = NEVER_APPLIED.search(folded)
    if never and c.OTHER_PROCEDURE in found and VISA_OVER.search(folded) and not OTHER_RUNNING.search(folded):
        return c.NO_RESIDENCE  # "met toeristenvisum gekomen, visum vervallen, nooit een procedure" (round 10)
    if never and OTHER_RUNNING.search(folded):
        return c.OTHER_PROCEDURE  # "heeft nooit asiel gevraagd, een aanvraag 9bis loopt"
    # "VIB loopt nog ... nooit een procedure daarvoor gevraagd": a running asylum application named
    # as such outranks a "never applied" that does not name asylum (round 10)
    never_asylum = bool(never and re.search(r"asiel|asylum|asile|asilo", never.group(0)))
    asylum_running = bool(ASYLUM_RUNNING.search(folded)) and not never_asylum
    if never and asylum_running:
        found.discard(c.NO_RESIDENCE)  # the "never" was about another procedure
    if never and not asylum_running and (c.PROCEDURE in found or not found or (c.NEGATIVE in found and order_only)):
        found -= {c.PROCEDURE, c.NEGATIVE}  # "nooit asiel gevraagd", "BGV na een politiecontrole"
        found.add(c.NO_RESIDENCE)
    subsequent_running = SUBSEQUENT_RUNNING.search(folded)
    if subsequent_running:
        found.add(c.PROCEDURE)  # "volgend verzoek ingediend, de beslissing is er nog niet" (round 9)
    if c.NEGATIVE in found and (
        (APPEAL_PENDING.search(folded) and not APPEAL_REJECTED.search(folded)) or subsequent_running
    ):
        found.discard(c.NEGATIVE)  # under appeal, or a subsequent application examined: the procedure runs
        found.add(c.PROCEDURE)
    # (the RvV also hears appeals against a refused 9bis or family reunification: round 10)
    if c.NEGATIVE in found and c.OTHER_PROCEDURE in found and refusal_only and not asylum_words - {"rvv"}:
        found.discard(c.NEGATIVE)  # "gezinshereniging geweigerd": refused in another procedure
    return next((s for s in STATUS_ORDER if s in found), None)


def _place(folded: str) -> str | None:
    left_at = [m.start() for m in LEFT_PLACE.finditer(folded)]  # "verlaten", "voorbij"
    for place in PLACE_ORDER:
        for start, end, form in find(folded, PLACE_FORMS[place]):
            if place == c.RECEPTION_CENTRE and negated(folded, start):
                return c.OUTSIDE  # "niet in een centrum"
            order = OTP_ORDER.search(folded[start : end + 30]) or OTP_ORDER.search(folded[max(0, start - 20) : start])
            if form == "otp" and order:
                continue  # "OTP betekend op 3 mei": an order to leave
            if NO_LONGER.search(folded[max(0, start - 30) : start]):
                continue  # "woont niet meer in het opvangcentrum van Kapellen" (round 7)
            before = folded[max(0, start - 50) : start]  # "verhuizen volgende week naar een" (round 10)
            left = any(start - 30 <= at < start or end <= at < end + 30 for at in left_at)
            left = left or NOT_GONE.search(folded[end : end + 50]) is not None  # "... maar is daar niet heen gegaan"
            if place != c.OUTSIDE and (left or MOVING_TO.search(before)):
                continue  # "de OTP verlaten", "transfer naar een OTP aangevraagd"
            if (
                place == c.OUTSIDE
                and form == "buiten"
                and not re.search(r"(?<!\S)buiten (het|de|opvang|netwerk)", folded)
            ):
                continue
            return place
    if WITH_PEOPLE.search(folded):
        return c.OUTSIDE  # "bij haar tante", "bij een kennis" (a named centre or OTP wins: round 7)
    return c.OUTSIDE if LIVING_TOGETHER.search(folded) else None


# The organisation that runs a centre, written before or after "centrum" ("centrum rode kruis",
# "Croix-Rouge Bastogne"): one fragment for both town patterns below.
_BRAND = r"(?:fedasil|rode\s+kruis|croix[\s-]rouge|red\s+cross)"

# "in Kapellen", "opvangcentrum van Kapellen": a capitalised place name the city list does not know.
_NAMED_PLACE = re.compile(
    r"(?:(?<=\s)|^)(?:(?:in|te|nabij|center|centre)|"
    r"(?:centrum|opvangcentrum|asielcentrum|terugkeerplaats|LOI|OTP|opvang) van)"
    r"\s+(?P<name>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*)(?![\w-])"
    # "Rode Kruis-centrum Hotton", "Fedasil-centrum Rixensart", "centre croix-rouge de Couvin",
    # "centre fedasil de Morlanwelz", "centrum rode kruis in Spa" (round 9)
    rf"|(?i:(?:(?<=[\s-])|^)(?:centrum|centre|center)(?:\s+{_BRAND})?"
    r"(?:\s+(?:van|de|du|in|te|of))?)"
    r"\s+(?P<centre>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*)(?![\w-])"
    # "Rode Kruis opvangcentrum Lanaken", "Croix-Rouge Bastogne", "LOI Zele", "Fedasil Jabbeke" (round 10)
    rf"|(?i:(?:(?<=[\s(-])|^)(?:{_BRAND}|loi)"
    r"(?:[\s-]+(?:\w*centrum|centre|center))?(?:\s+(?:van|de|du|in|te))?)"
    r"\s+(?P<brand>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*)(?![\w-])"
)


# "kot in diepenbeek", "centrum rode kruis in spa": a Belgian town (bot/intake/places.py) written
# in lower case after a place word (an everyday word such as "boom" only with a capital).
_LOWER_TOWN = re.compile(
    r"(?:(?<=\s)|^)(?:in|te|at|(?:centrum|centre|center|opvangcentrum|asielcentrum|terugkeerplaats|loi|otp)"
    rf"(?:\s+{_BRAND})?(?:\s+(?:van|de|du|in|te|of))?)"
    r"\s+(?=(?P<town>[a-zà-ÿ]+(?:[\s-][a-zà-ÿ]+){0,3})(?![\w-]))"
)


def _town(words: str) -> str | None:
    """The GeoNames town that the first one to four lower-case words name, longest first."""
    parts = fold(words).split()
    for n in range(min(4, len(parts)), 0, -1):
        form = " ".join(parts[:n])
        if form in towns() and form not in common_words() and form not in NOT_CITIES:
            return city_in(form) or towns()[form]
    return None


def _named_city(text: str) -> str | None:
    """A town named after "in"/"te" (or "centrum van") that is no country and no intake word; a
    Belgian town also in lower case. Not the writer's office ("kantoor in Lochristi")."""
    found: list[tuple[int, str]] = []
    for match in _NAMED_PLACE.finditer(text):
        name = match["name"] or match["centre"] or match["brand"]
        folded = fold(name)
        if folded in NOT_CITIES or country_of(name) is not None or not _looks_like_name(name):
            continue
        found.append((match.start(), name))
    for match in _LOWER_TOWN.finditer(text):
        town = _town(match["town"])
        if town:
            found.append((match.start(), town))
    for start, name in sorted(found):
        if not NOT_HOME_BEFORE.search(fold(text[:start]) + " "):
            return name
    return None


def _living_city(text: str) -> str | None:
    """The city of the clause that says where the client lives now ("woont nu op een kamer in Verviers",
    after "kwam als student naar Luik"); None when no such clause names one."""
    found: list[tuple[bool, str]] = []
    for raw in raw_clauses(text):
        folded = fold(raw)
        if not LIVING.search(folded):
            continue
        city = city_in(folded) or _named_city(raw)
        if city:
            found.append((bool(PRESENT.search(folded)), city))
    if len(found) < 2 and not any(present for present, _ in found):
        return None  # one or no living clause: the usual order decides
    return next((city for present, city in found if present), found[0][1])


def _lives_in_city(text: str, city_forms: tuple[str, ...]) -> bool:
    """The clause that names the city also says the client lives there ("woont in Gent")."""
    return any(LIVING.search(part) and find(part, city_forms) for part in clauses(text))


def says_no_vulnerability(text: str) -> bool:
    """A part of the answer is a bare "no" to the vulnerability question ("geen, paspoort ok")."""
    return any(is_one_of(part, NO_VULNERABILITY) for part in clauses(text))


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
    if country_of(first) is not None or city_in(folded) is not None:
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

# A client with one of these statuses who is said to be in a city lives outside the network.
OUTSIDE_STATUSES: tuple[str, ...] = (c.NO_RESIDENCE, c.OTHER_PROCEDURE)


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
    if is_one_of(folded, STOP) or STOP_PHRASE.fullmatch(folded):
        return Parsed(stop=True, personal=personal)
    values: dict[str, str] = {}
    country = origin_country(text)
    if country:
        values[c.SLOT_COUNTRY] = country
    now = current_text(text)  # without "die eerst in Antwerpen woonde": the former place is no place now
    after_text = corrected_text(text) or ""  # "in Luik, euh nee, in Seraing": what follows a correction
    after = fold(after_text)
    status = _status(after) or _status(folded)
    if status:
        values[c.SLOT_STATUS] = status
    place = _place(after) or _place(fold(now)) or (c.OUTSIDE if SHELTER.search(folded) else None)
    if place:
        values[c.SLOT_PLACE] = place  # a shelter outside Fedasil's network ("opvanghuis van Payoke") is outside
    city = city_in(after) or _living_city(now) or city_in(fold(now)) or city_in(folded)
    forms = CITY_FORMS.get(city, ()) if city else ()
    if city is None:
        city = (_named_city(after_text) if after_text else None) or _named_city(now) or _named_city(text)
        forms = (fold(city),) if city else ()
    if city:
        values[c.SLOT_CITY] = city
        lives_there = _lives_in_city(text, forms)
        implied = status in OUTSIDE_STATUSES or (lives_there and status == c.NEGATIVE)
        if place is None and (requested == c.SLOT_PLACE or implied):
            # the place buttons ("Buiten het netwerk, in Gent", or just "Gent"); no legal residence or
            # another procedure: no right to reception (brochure §4); after a negative decision,
            # "woont in Gent" is no open return place. A bare "woont in Gent" says only the city.
            values[c.SLOT_PLACE] = c.OUTSIDE
    # "paspoort geldig, correctie: vervallen": a bare "vervallen" after a corrected passport statement
    after_requested = c.SLOT_DOCUMENTS if after and passport_corrected(folded) else requested
    documents = read_documents(after, after_requested, clauses(after_text)) or read_documents(
        folded, requested, clauses(text), text
    )
    if documents:
        values[c.SLOT_DOCUMENTS] = documents
    named, denied = read_vulnerabilities(folded, clauses(text))
    no_vuln = not named and (
        any(not negated(folded, start) for start, _end, _form in find(folded, NO_VULNERABILITY_IN_TEXT))
        or bool(denied and SINGLE.search(folded))  # "geen gezondheidsproblemen, alleenstaand"
        or len(denied) >= 3  # "geen kinderen, niet zwanger en geen medische problemen"
        or bool(HEALTHY.search(folded) and (ALONE.search(folded) or denied))  # "gezond, geen kinderen"
        # "geen ziekte, alleen": a denied illness with "alleen" is "gezond, alleen" (round 7)
        or bool(c.HEALTH in denied and (ALONE.search(folded) or len(denied) >= 2))
        # "geen medische problemen of kinderen", "no kids no health problem" (round 8)
    )
    nothing = not (values or named or denied)
    skip = nothing and (is_one_of(folded, SKIP) or any(re.search(pattern_for(f), folded) for f in SKIP[:6]))
    start = nothing and any(re.search(pattern_for(f), folded) for f in START)
    if nothing and not skip and requested == c.SLOT_VULNERABILITIES and is_one_of(folded, NO_VULNERABILITY):
        no_vuln = True
    if nothing and not skip and requested == c.SLOT_DOCUMENTS:
        if is_one_of(folded, YES):
            values[c.SLOT_DOCUMENTS] = c.VALID_PASSPORT
        elif is_one_of(folded, NO):
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
