"""Text helpers for figure questions: folding, word matching, edit distance. No vocabulary here.

Every matcher works on folded text (`fold`): lower case, no accents, punctuation as spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

V = TypeVar("V")
# (folded surface form, value), longest form first: the table a matcher reads.
Forms = tuple[tuple[str, V], ...]


def strip_accents(text: str) -> str:
    """ "Oekraïne" -> "Oekraine"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case, no accents, hyphens and punctuation as spaces, single spaces.

    "Re-integratie­steun in 2023?" -> "re integratiesteun in 2023". Keeps % and digits.
    """
    text = strip_accents(text).lower().replace("\u00ad", "")
    text = re.sub(r"(?<=\d)[.](?=\d{3}\b)", "", text)  # 2.952 -> 2952
    text = re.sub(r"[^\w%']+", " ", text)
    text = text.replace("'", " ' ").replace("_", " ")
    return re.sub(r"\s+", " ", text).strip()


def has_word_prefix(folded: str, stems: Iterable[str]) -> str | None:
    """The first stem that starts a word (or word group) in the folded text, else None."""
    padded = f" {folded} "
    for stem in stems:
        if f" {stem}" in padded:
            return stem
    return None


def has_substring(folded: str, stems: Iterable[str]) -> str | None:
    """The longest stem found anywhere in the folded text, else None."""
    padded = f" {folded} "
    found = [s for s in stems if s in padded]
    return max(found, key=len) if found else None


def has_phrase(folded: str, phrases: Iterable[str]) -> str | None:
    """The first phrase that occurs as whole words in the folded text, else None."""
    padded = f" {folded} "
    return next((phrase for phrase in phrases if f" {phrase} " in padded), None)


def forms_table(surfaces: Iterable[tuple[str, V]], first_wins: bool = False) -> Forms[V]:
    """(folded form, value) for (surface, value) pairs, longest form first.

    Where two surfaces fold to the same form the last one wins, or the first with `first_wins`.
    """
    forms: dict[str, V] = {}
    for surface, value in surfaces:
        form = fold(surface)
        if first_wins:
            forms.setdefault(form, value)
        else:
            forms[form] = value
    return tuple(sorted(forms.items(), key=lambda item: (-len(item[0]), item[0])))


@lru_cache(maxsize=8)
def _pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a table: whole words, longest form first (so it wins where forms overlap)."""
    return re.compile("(?<= )(?:" + "|".join(re.escape(form) for form in forms) + ")(?= )")


def find_forms(folded: str, forms: Forms[V]) -> list[tuple[int, int, V]]:
    """Non-overlapping whole-word matches of the forms, longest first: (start, end, value)."""
    values = dict(forms)
    pattern = _pattern(tuple(form for form, _ in forms))
    return [(m.start() - 1, m.end() - 1, values[m[0]]) for m in pattern.finditer(f" {folded} ")]


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance with transpositions (stops early above `limit`)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def fuzzy_limit(word: str) -> int:
    """Typos allowed in a word: none below 5 letters, 1 up to 9, 2 from 10."""
    if len(word) < 5:
        return 0
    return 1 if len(word) < 10 else 2
