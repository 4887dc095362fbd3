"""Which of several named countries or cities is the client's own: context rules for parse.py.

A description can name a country the client grew up in, passed through or was mistaken for ("is in
Ghana opgegroeid", "eerst dacht ik Armenië, maar ze is Georgisch"), and a city the client used to
live in ("eerst in Antwerpen, sinds vorige maand in Tubeke"). These helpers pick the country of
origin and the current city; with one candidate nothing changes.
"""

from __future__ import annotations

import re

from bot.intake.places import origin_cities
from bot.intake.sources import country_of, fold
from bot.intake.words_places import FUTURE_PLACE, PAST_PLACE
from bot.intake.words_situation import CORRECTION, NATIONALITY, NOT_ORIGIN, ORIGIN

# Clauses, cut at punctuation and before a turn to the present ("..., maar ze is Georgisch",
# "woonde eerst bij haar tante en zit nu in ...").
_SEGMENTS = re.compile(
    r"[,.;:!?()\n]+|\s+(?:maar|nu|sinds|sindsdien|momenteel|inmiddels|intussen|tegenwoordig)\s+", re.IGNORECASE
)


def segments(text: str) -> list[str]:
    """The raw text cut into clauses (not folded)."""
    return [part for part in _SEGMENTS.split(text) if part.strip()]


# "afkomstig uit Jalalabad", "ik ben van douala", "from Erbil", "de Bobo-Dioulasso", "min Homs"
# ... or the city the client goes back to ("wil terug naar Koetaisi", "rentrer à Bamako").
_FROM = re.compile(
    r"(?<!\S)(?:uit|van|from|de|d|du|min|terug naar|back to|home to|(?:rentrer|retourner)(?: \S+)? a|volver a)"
    r"\s+(?=(?P<rest>\S+(?: \S+){0,2}))"
)


def origin_city_country(text: str) -> str | None:
    """The country of the first city abroad (bot/intake/places.py) named after "uit"/"van"/"from"."""
    for match in _FROM.finditer(fold(text)):
        words = match["rest"].split()
        for n in range(len(words), 0, -1):
            country = origin_cities().get(" ".join(words[:n]))
            if country:
                return country
    return None


def origin_country(text: str) -> str | None:
    """The client's country of origin: a clause that says so wins, a clause that says otherwise loses;
    with no country named, the country of a city of origin ("uit Kaboel")."""
    first = country_of(text)
    if first is None:
        return origin_city_country(text)
    nationality = NATIONALITY.search(text)
    if nationality and country_of(nationality.group(1) or nationality.group(2) or ""):
        return country_of(nationality.group(1) or nationality.group(2))  # "Tsjetsjeens, de Russische nationaliteit"
    parts = segments(text)
    for i, part in enumerate(parts):
        corrected = next((country_of(p) for p in parts[i:] if country_of(p)), None)
        if CORRECTION.search(fold(part)) and corrected and any(country_of(p) for p in parts[:i]):
            return corrected  # "Armenië... nee sorry, ik bedoel Azerbeidzjan"
    ranked: list[tuple[int, str]] = []
    for part in segments(text):
        country = country_of(part)
        if country is None:
            continue
        folded = fold(part)
        rank = 2 if NOT_ORIGIN.search(folded) else 0 if ORIGIN.search(folded) else 1
        ranked.append((rank, country))
    if not ranked:
        return first
    best = min(rank for rank, _ in ranked)
    return next(country for rank, country in ranked if rank == best)


def current_text(text: str) -> str:
    """The text without the clauses about a former or a future place ("die eerst in Antwerpen woonde",
    "wordt volgende week overgeplaatst naar Holsbeek")."""
    parts = segments(text)
    kept = [p for p in parts if not PAST_PLACE.search(fold(p)) and not FUTURE_PLACE.search(fold(p))]
    return ", ".join(kept) if len(kept) < len(parts) else text


def corrected_text(text: str) -> str | None:
    """The text after the last correction ("in Luik, euh nee, in Seraing" -> "in Seraing"), or None."""
    parts = segments(text)
    cues = [i for i, part in enumerate(parts) if CORRECTION.search(fold(part))]
    if not cues:
        return None
    last = cues[-1]
    rest = parts[last]
    match = CORRECTION.search(rest.lower())  # the cues have no accents: the positions of the raw text
    tail = rest[match.end() :] if match else rest
    return ", ".join([tail, *parts[last + 1 :]]).strip(", ") or None
