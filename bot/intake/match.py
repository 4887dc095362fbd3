"""Whole-word matching of folded word lists, the one matcher of the intake parser.

A form ending in "*" matches any word that starts with it; `find` returns the longest forms first,
without overlaps; `negated` says whether a match follows a negation ("geen kinderen").
"""

from __future__ import annotations

import re
from functools import cache

from bot.intake.sources import fold
from bot.intake.words_cities import CITY_FORMS
from bot.intake.words_needs import NEGATIONS
from bot.intake.words_places import FORMER_HOME, MOVED, NOT_HOME_BEFORE

LIST_WORDS: frozenset[str] = frozenset({"of", "noch", "or", "nor"})
CLAUSE_BREAK = re.compile(r"[,.;:!?()\n]+")


def pattern_for(form: str) -> str:
    """The regex of one folded form."""
    if form.endswith("*"):
        return r"(?<!\S)" + re.escape(form[:-1]) + r"\S*"
    return r"(?<!\S)" + re.escape(form) + r"(?!\S)"


@cache
def _compiled(form: str) -> re.Pattern[str]:
    return re.compile(pattern_for(form))


@cache
def _longest_first(forms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(forms, key=len, reverse=True))


def find(folded: str, forms: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Whole-word matches of the forms: (start, end, form), longest form first, no overlaps."""
    hits: list[tuple[int, int, str]] = []
    for form in _longest_first(forms):
        if form.rstrip("*") not in folded:
            continue
        for match in _compiled(form).finditer(folded):
            if not any(s < match.end() and match.start() < e for s, e, _ in hits):
                hits.append((match.start(), match.end(), form))
    return sorted(hits)


def negated(folded: str, start: int) -> bool:
    """True if the match at `start` follows a negation ("geen kinderen", "niet zwanger")."""
    words = [word for word in folded[:start].split() if word != "'"]  # "pas d ' enfants"
    before = words[-2:]
    if any(word in NEGATIONS for word in before[-1:]) or " ".join(before) in ("niks van", "pas d", "pas de"):
        return True
    # French "pas malade", "pas enceinte" (Dutch "pas" is "only" or a passport: French words only; round 9)
    if before[-1:] == ["pas"] and folded[start:].split()[:1] in (["malade"], ["enceinte"], ["enfants"], ["malades"]):
        return True
    # "geen medische problemen of kinderen", "no kids or health problems": the negation covers the list
    if words and words[-1] in LIST_WORDS:
        window = words[-6:-1]
        return any(w in NEGATIONS for w in window) and not any(w in ("maar", "wel", "but") for w in window)
    return False


def is_one_of(folded: str, forms: tuple[str, ...]) -> bool:
    """The whole message is one of the forms ("weet ik niet", "stop")."""
    return folded in forms


def clauses(text: str) -> list[str]:
    """The text cut at punctuation, each part folded ("geen kwetsbaarheid, paspoort verlopen": two)."""
    return [part for part in (fold(p) for p in raw_clauses(text)) if part]


def raw_clauses(text: str) -> list[str]:
    """The text cut at punctuation, not folded (a capitalised town name still reads as one)."""
    return CLAUSE_BREAK.split(text)


def city_mentions(folded: str) -> list[tuple[int, str]]:
    """(position, city) of every listed city the folded text names as a home, in text order."""
    found: list[tuple[int, str]] = []
    for city, forms in CITY_FORMS.items():
        for start, _end, _form in find(folded, forms):
            before = folded[:start]
            if not NOT_HOME_BEFORE.search(before) and not FORMER_HOME.search(before):
                found.append((start, city))
    return sorted(found)


def city_in(folded: str) -> str | None:
    """The listed city the folded text names as the home now (after a move that has happened, not an
    office, not a former home), else None."""
    mentions = city_mentions(folded)
    moves = [m.end() for m in MOVED.finditer(folded)]
    after_move = [city for start, city in mentions if moves and start > moves[-1]]
    if after_move:
        return after_move[0]
    return mentions[0][1] if mentions else None
