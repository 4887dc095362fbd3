"""Reading a client's vulnerabilities from a message (the word lists: words_needs.py).

Pure functions on folded text, used by bot/intake/parse.py.
"""

from __future__ import annotations

import re

from bot.intake import client as c
from bot.intake.match import city_in, find, negated
from bot.intake.places import origin_cities
from bot.intake.sources import country_of
from bot.intake.words_needs import (
    ALONE,
    BARE_MINOR_AGE,
    DENIED_AFTER,
    HEALTHY,
    HERE_ALONE,
    MINOR_AGE,
    NO_VULNERABILITY_IN_TEXT,
    NOW_ADULT,
    UNSURE,
    VULNERABILITY_FORMS,
)
from bot.intake.words_relatives import (
    AT_RELATIVES,
    CHILD_ELSEWHERE,
    CONJUNCTION,
    GROWN_UP,
    HOSTED_BY,
    ILL_ABROAD,
    OTHER_PERSON,
    RELATIVE_ABROAD,
    RELATIVE_NEAR,
    WRITER_IS_CHILD,
)


def _last_clause(before: str) -> str:
    """The words since the last conjunction ("... en omdat zijn moeder" -> " zijn moeder")."""
    return CONJUNCTION.split(before)[-1]


def _someone_else(before: str) -> bool:
    """The clause before a health word is about a relative ("omdat zijn moeder" ziek is)."""
    clause = _last_clause(before)
    relatives = list(OTHER_PERSON.finditer(clause))
    if not relatives:
        return False
    tail = clause[relatives[-1].end() :]
    return len(tail.split()) <= 3 and not re.search(
        r"(?<!\S)(?:hij|zij|ze|zelf|client|cliente|ik|i|me|mij)(?!\S)", tail
    )


def _same_clause(form: str, parts: list[str] | None) -> bool:
    """A clause names both a relative and the health word (the folded text has lost its full stops:
    "terug naar zijn familie. Zware PTSS" is the client's own PTSS; round 9)."""
    if not parts:
        return True
    return any(OTHER_PERSON.search(p) and re.search(rf"(?<!\S){re.escape(form.rstrip('*'))}", p) for p in parts)


def read_vulnerabilities(folded: str, parts: list[str] | None = None) -> tuple[list[str], list[str]]:
    """(named, denied) vulnerabilities; `parts` are the clauses (a bare age "17" is one)."""
    named: list[str] = []
    denied: list[str] = []
    # "geen bijzonderheden op medisch of sociaal vlak": the words of a "nothing" phrase name nothing (round 10)
    nothing = find(folded, NO_VULNERABILITY_IN_TEXT)
    taken: list[tuple[int, int]] = [(s, e) for s, e, _ in nothing if not negated(folded, s)]
    for vuln, forms in VULNERABILITY_FORMS.items():
        for start, end, form in find(folded, forms):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            if vuln == c.MINOR and form in ("minderjarige", "minderjarig") and not _minor_alone(folded):
                # "een minderjarige dochter" is a family with a child, not an unaccompanied minor
                vuln = c.FAMILY
            if (
                vuln == c.HEALTH
                and form == "gezondheid"
                and (HEALTHY.match(folded, start) or "goede gezondheid" in folded)
            ):
                continue  # "in goede gezondheid", "gezondheid ok"
            if vuln == c.PREGNANT and UNSURE.search(folded[:start]):
                continue  # "de moeder is misschien zwanger"
            if vuln == c.PREGNANT and _relative_abroad(folded[:start]):
                continue  # "zijn vrouw in Servië is zwanger"
            if vuln == c.FAMILY and WRITER_IS_CHILD.search(folded[:start]):
                continue  # "ik ben de dochter van ..."
            before = folded[:start].split()
            if vuln == c.FAMILY and (before[-1:] and before[-1] in GROWN_UP or " ".join(before[-2:]) in HOSTED_BY):
                continue  # "volwassen dochter", "woont bij haar dochter": a grown-up child
            if vuln == c.HEALTH and _someone_else(folded[:start]) and _same_clause(form, parts):
                continue  # "zijn moeder is ziek": not the client's vulnerability
            if vuln == c.HEALTH and RELATIVE_NEAR.search(folded[:start]) and _ill_abroad(folded[end:].lstrip()):
                continue  # "mama ziek in homs", "mijn man is ziek daar" (round 10)
            if vuln == c.FAMILY and _elsewhere(folded[end:].lstrip()):
                continue  # "mijn kind is in Lagos bij mijn moeder": not here with the client
            no = negated(folded, start) or DENIED_AFTER.match(folded[end:]) is not None
            (denied if no else named).append(vuln)
    aged = MINOR_AGE.search(folded) or any(BARE_MINOR_AGE.match(p) for p in (parts or []))
    if c.MINOR not in named and aged and ALONE.search(folded) and not _has_family(folded):
        named.append(c.MINOR)
    if NOW_ADULT.search(folded):
        named = [v for v in named if v != c.MINOR]  # "kwam als minderjarige, is intussen meerderjarig"
    if HERE_ALONE.search(folded):
        named = [v for v in named if v != c.FAMILY]  # "zijn kinderen wonen in Ghana, hij is hier alleen"
    named = [v for v in c.VULNERABILITIES if v in named]
    denied = [v for v in c.VULNERABILITIES if v in denied and v not in named]
    return named, denied


def _elsewhere(after: str) -> bool:
    """The words after a child word say the child lives elsewhere: in a town or country that is not Belgian."""
    match = CHILD_ELSEWHERE.match(after)
    if not match:
        return False
    place = match["place"]
    if place is None:
        return True  # "thuis", "daar"
    if place in ("belgie", "belgium") or city_in(place) is not None:
        return False
    # "in Marokko", "in Grozny", or "in Lagos bij mijn moeder" (a town abroad, with family back home)
    return _abroad(place) or AT_RELATIVES.match(after[match.end() :]) is not None


def _abroad(place: str) -> bool:
    """A folded place word that names a country or a city of origin abroad ("marokko", "grozny")."""
    return country_of(place) is not None or place in origin_cities()


def _ill_abroad(after: str) -> bool:
    """The words after a relative's illness say where: a country or a city abroad, "daar", "thuis"."""
    match = ILL_ABROAD.match(after)
    if match is None:
        return False
    return match["place"] is None or _abroad(match["place"])


def _relative_abroad(before: str) -> bool:
    """The clause before a vulnerability word names a relative in another country."""
    clause = _last_clause(before)
    return any(country_of(m["place"]) is not None for m in RELATIVE_ABROAD.finditer(clause))


def _has_family(folded: str) -> bool:
    return bool(re.search(r"(?<!\S)(dochter\w*|zoon\w*|kinderen|kind\w*|baby|gezin\w*)(?!\S)", folded))


def _minor_alone(folded: str) -> bool:
    return bool(ALONE.search(folded)) or (
        not re.search(r"(?<!\S)(dochter|zoon|kinderen|kind|moeder|vader|ouders|gezin)(?!\S)", folded)
    )
