"""Reading a figure question: text (and NLU entities) -> `Question`.

Pure functions. `parse_question(text, entities, today)` finds years (also "vorig jaar", against
`today`), months, countries (with or without accents, demonyms, typos), profiles and what is asked
(the word groups of the vocabulary). Tests pass a fixed `today`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from bot.figures import vocabulary as vocab
from bot.figures.text import Forms, edit_distance, find_forms, fold, forms_table, fuzzy_limit, has_word_prefix

# ------------------------------------------------------------------------------ vocabulary tables


@lru_cache(maxsize=1)
def _country_forms() -> Forms[str]:
    """(folded surface form, canonical name), longest form first."""
    pairs = ((surface, name) for name, variants in vocab.COUNTRIES.items() for surface in (name, *variants))
    return forms_table(pairs, first_wins=True)


@lru_cache(maxsize=1)
def _month_forms() -> Forms[int]:
    return forms_table((surface, number) for number, surfaces in vocab.MONTHS.items() for surface in surfaces)


@lru_cache(maxsize=1)
def _profile_forms() -> Forms[str]:
    return forms_table((surface, key) for key, surfaces in vocab.PROFILES.items() for surface in surfaces)


@lru_cache(maxsize=1)
def _fuzzy_candidates() -> dict[str, tuple[tuple[str, str], ...]]:
    """Single-word country forms of 5+ letters, by first letter."""
    buckets: dict[str, list[tuple[str, str]]] = {}
    for form, canonical in _country_forms():
        if " " not in form and len(form) >= 5:
            buckets.setdefault(form[0], []).append((form, canonical))
    return {letter: tuple(items) for letter, items in buckets.items()}


# ------------------------------------------------------------------------------ single values


def normalise_country(surface: str) -> str | None:
    """Canonical country name for a surface form: "brazillie" -> "Brazilië", "Syriërs" -> "Syrië"."""
    folded = fold(surface)
    if not folded:
        return None
    for form, canonical in _country_forms():
        if form == folded:
            return canonical
    found = find_forms(folded, _country_forms())
    if found:
        return str(found[0][2])
    return _fuzzy_country(folded)


def _fuzzy_country(word: str) -> str | None:
    """A country within a typo or two of one word (not for short or ordinary words)."""
    limit = fuzzy_limit(word)
    if limit == 0 or word in vocab.NOT_COUNTRIES or not word.isalpha():
        return None
    best: tuple[int, str] | None = None
    for form, canonical in _fuzzy_candidates().get(word[0], ()):
        allowed = min(limit, fuzzy_limit(form))
        if abs(len(form) - len(word)) > allowed:
            continue
        distance = edit_distance(word, form, allowed)
        if distance <= allowed and (best is None or distance < best[0]):
            best = (distance, canonical)
    return best[1] if best else None


def normalise_month(surface: str) -> int | None:
    """Month number for a surface form: "febuari" -> 2, "Sept." -> 9."""
    folded = fold(surface)
    for form, number in _month_forms():
        if form == folded:
            return int(number)
    if fuzzy_limit(folded) and folded.isalpha():
        for form, number in _month_forms():
            if len(form) >= 5 and form[0] == folded[0] and edit_distance(folded, form, 1) <= 1:
                return int(number)
    return None


def normalise_year(surface: str, today: date) -> int | None:
    """Year for a surface form: "2023", "'23", "vorig jaar" (relative to `today`)."""
    folded = fold(surface)
    years = _explicit_years(folded)
    if years:
        return years[0][2]
    for phrase, offset in vocab.RELATIVE_YEARS:
        if phrase in f" {folded} ":
            return today.year + offset
    match = re.search(r"\b(\d{1,2}) jaar geleden\b", folded)
    if match:
        return today.year - int(match[1])
    return None


def _explicit_years(folded: str) -> list[tuple[int, int, int]]:
    """(start, end, year) for "2014", "' 14" (written '14)."""
    found = [(m.start(), m.end(), int(m[1])) for m in re.finditer(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)", folded)]
    found += [(m.start(), m.end(), 2000 + int(m[1])) for m in re.finditer(r"' (\d\d)\b", folded)]
    return sorted(found)


# ------------------------------------------------------------------------------ the question


@dataclass(frozen=True)
class Question:
    """What a figure question names, normalised."""

    text: str  # folded
    years: tuple[int, ...] = ()
    year_range: tuple[int, int] | None = None
    months: tuple[int, ...] = ()
    countries: tuple[str, ...] = ()
    profiles: tuple[str, ...] = ()
    kinds: frozenset[str] = frozenset()
    top_n: int | None = None
    reintegration: bool = False  # "met re-integratiesteun"
    share: bool = False  # asks for a percentage
    low: bool = False  # "laagste", "minste"
    returns: bool = False  # speaks of returns (not of reception)
    followup: bool = False  # elliptical: "en in 2022?", "en naar Mongolië?"
    refers: bool = False  # points back at the previous answer: "hoeveel mensen kregen dat?"
    year_shift: int = 0  # "het jaar ervoor": -1 on the year asked before
    whole_list: bool = False  # "alle landen", "de andere landen": the whole list of countries

    @property
    def asks_figure(self) -> bool:
        """Does the message ask for a figure? "en mijn broer?" names nothing a figure is about, "krijg
        ik steun?" is about the user, "hoeveel geld krijg ik?" about an amount: none has a figure."""
        words = set(self.text.split())
        if words & vocab.MONEY_WORDS:
            return False
        counts = bool(self.years or self.year_range or self.months or self.top_n or self.share or self.year_shift)
        counts = counts or has_word_prefix(self.text, vocab.FIGURE_WORDS) is not None
        if words & vocab.PERSONAL_WORDS and not counts:
            return False
        named = self.countries or self.profiles or self.kinds or self.returns
        return bool(counts or named)


_YEAR = r"(19[5-9]\d|20\d\d)"
_CONNECTORS = "en|tot en met|tot|t m|tm|tem|to|till|until|naar|tegen"
_SPAN = re.compile(rf"(?:\b(?P<pre>tussen|van|vanaf|from) )?(?P<a>{_YEAR}) (?:(?P<conn>{_CONNECTORS}) )?(?P<b>{_YEAR})")


def _years_and_range(folded: str, today: date) -> tuple[list[int], tuple[int, int] | None]:
    """Years named in the question, and a span of years ("tussen 2015 en 2020", "sinds 2019")."""
    years = [y for _, _, y in _explicit_years(folded)]
    year_range: tuple[int, int] | None = None
    span = _SPAN.search(folded)
    if span:
        conn, pre = span["conn"], span["pre"]
        if (
            conn in ("tot en met", "tot", "t m", "tm", "tem", "to", "till", "until")
            or conn is None
            or (conn == "en" and pre == "tussen")
            or (conn == "naar" and pre in ("van", "vanaf"))
        ):
            first, last = sorted((int(span["a"]), int(span["b"])))
            year_range = (first, last)
    if year_range is None:
        since = re.search(rf"\b(?:sinds|vanaf|sedert|since|na) {_YEAR}", folded)
        if since:
            year_range = (int(since[1]), today.year)
    if not years:
        recent = re.search(r"\b(?:laatste|afgelopen|voorbije|vorige|recentste|last) (\d{1,2}|\w+) jaar\b", folded)
        count = None
        if recent:
            count = int(recent[1]) if recent[1].isdigit() else vocab.NUMBER_WORDS.get(recent[1])
        if count and 1 < count <= 30:
            year_range = (today.year - count, today.year - 1)
        elif re.search(r"\b(?:laatste|afgelopen|voorbije|recente) jaren\b", folded):
            year_range = (today.year - 5, today.year - 1)
    if not years and year_range is None:
        for phrase, offset in vocab.RELATIVE_YEARS:
            if f" {phrase} " in f" {folded} ":
                years.append(today.year + offset)
                break
        else:
            ago = re.search(r"\b(\d{1,2}) jaar geleden\b", folded)
            if ago:
                years.append(today.year - int(ago[1]))
    return years, year_range


_RANGE_GAPS = ("", "tot", "tot en met", "t m", "tm", "tem")


def _is_month_range(folded: str) -> bool:
    """ "januari tot september", "jan-sept", "tussen januari en september": a period, not one month."""
    spans = [(start, end) for start, end, _ in find_forms(folded, _month_forms())]
    for (s1, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        gap = folded[e1:s2].strip()
        if gap in _RANGE_GAPS or (gap == "en" and folded[:s1].rstrip().endswith("tussen")):
            return True
    return False


def _months(folded: str, today: date) -> list[int]:
    months: list[int] = []
    year_spans = _explicit_years(folded)
    words = folded.split()
    for start, end, number in find_forms(folded, _month_forms()):
        form = folded[start:end]
        if form in vocab.AMBIGUOUS_MONTHS:
            after = folded[end:].lstrip()
            before = folded[:start].rstrip()
            near_year = any(abs(s - end) <= 5 for s, _, _ in year_spans) or after[:4].isdigit()
            if not (near_year or before.endswith(" in") or before.endswith("maand")):
                continue
        months.append(int(number))
    if not months:
        for word in words:  # one typo in a full month name: "febuari", "setpember"
            if len(word) >= 5 and word.isalpha():
                typo = normalise_month(word)
                if typo is not None:
                    months.append(typo)
    if "vorige maand" in folded:
        months.append(12 if today.month == 1 else today.month - 1)
    elif "deze maand" in folded:
        months.append(today.month)
    return list(dict.fromkeys(months))


def countries_in(text: str) -> list[str]:
    """Every country a text names, as canonical Dutch names, in order (demonyms, misspellings too).

    "een Georgische vrouw" -> ["Georgië"]; "uit brazillie" -> ["Brazilië"]. The public entry point for
    other packages (the intake reads countries through this).
    """
    return _countries(fold(text))


def _countries(folded: str) -> list[str]:
    found = find_forms(folded, _country_forms())
    countries = [str(value) for _, _, value in found]
    covered = "".join(" " if any(s <= i < e for s, e, _ in found) else c for i, c in enumerate(folded))
    for word in covered.split():
        canonical = _fuzzy_country(word)
        if canonical:
            countries.append(canonical)
    return list(dict.fromkeys(countries))


def _top_n(folded: str) -> int | None:
    numbers = "|".join(["\\d{1,2}", *vocab.NUMBER_WORDS])
    nouns = "belangrijkste|voornaamste|grootste|populairste|meeste|eerste|landen|bestemmingen|nationaliteiten"
    match = re.search(rf"\btop ?({numbers})\b", folded) or re.search(rf"\b({numbers}) (?:{nouns})\b", folded)
    if not match:
        return None
    value = match[1]
    number = int(value) if value.isdigit() else vocab.NUMBER_WORDS[value]
    return number if 1 <= number <= 50 else None


def _kinds(folded: str) -> set[str]:
    kinds = {kind for kind, stems in vocab.KIND_WORDS.items() if has_word_prefix(folded, stems)}
    asks_month = re.search(r"\b(welke maand|welke maanden|maand met|maand van|maand in)\b|\w+st[e]? maand\b", folded)
    if asks_month and re.search(
        r"\b(meest|meeste|hoogste|hoogst|drukste|drukst|piek|minst|minste|laagste|laagst|rustigste|rustigst)\b", folded
    ):
        return (kinds - {"top"}) | {"peak", "peak_month"}
    asks_year = re.search(r"\b(welk jaar|in welk jaar|welke jaren|wanneer|welk jaartal)\b", folded)
    if asks_year and (kinds & {"top", "peak"} or "meest" in folded):
        kinds -= {"top"}
        kinds.add("peak")
    if "peak" in kinds and not asks_year and "top" in kinds and "jaar" not in folded:
        kinds.discard("peak")  # "de meeste landen": a list of countries
    if re.search(r"\b\d{1,2} (?:en |tot en met |tot |t m )?\d{1,2} jaar\b|\btussen \d{1,2} en \d{1,2}\b", folded):
        kinds.add("age")  # "tussen 18 en 35 jaar"
    if re.search(r"\b(meer|minder|hoger|lager|groter|kleiner)\b.*\bdan\b", folded):
        kinds.add("compare")
    if "alleenstaand" in folded or "familieverband" in folded:
        kinds.discard("gender")
    if "top" in kinds and "overview" in kinds:
        kinds.discard("overview")
    return kinds


def _is_followup(folded: str) -> bool:
    """Elliptical, so it leans on the previous question: "en in 2022?", "en naar Mongolië?",
    "en de top 5?", "hoeveel daarvan kregen steun?", "2022?"."""
    words = folded.split()
    if not words:
        return False
    starts = any(f"{folded} ".startswith(start) for start in vocab.FOLLOWUP_STARTS)
    refers = any(f" {phrase} " in f" {folded} " for phrase in vocab.FOLLOWUP_WORDS)
    bare = len(words) <= 3 and words[0] not in vocab.QUESTION_WORDS
    return refers or (starts and len(words) <= 7) or bare


ENTITY_NAMES: tuple[str, ...] = ("year", "month", "country")


def entity_values(entities: object) -> list[tuple[str, str]]:
    """(name, surface value) of the well-formed NLU entities this module reads; anything else (not a
    list of mappings, another entity, a value that is no short string) is left out."""
    if not isinstance(entities, (list, tuple)):
        return []
    found = []
    for entity in entities:
        if not isinstance(entity, Mapping):
            continue
        name, value = entity.get("entity"), entity.get("value")
        if name in ENTITY_NAMES and isinstance(value, str) and value.strip() and len(value) <= 100:
            found.append((str(name), value))
    return found


def parse_question(text: str, entities: Iterable[Mapping[str, object]] = (), today: date | None = None) -> Question:
    """Read a question and the NLU entities (surface forms) into normalised values.

    The text is read with the same tables the lookup entities come from (year, month, country), so
    the entities rarely add anything; each is normalised and checked the same way (a month 1-12, a
    country of the vocabulary, a year of the years a question can name).
    """
    today = today or date.today()
    folded = fold(text if isinstance(text, str) else "")
    years, year_range = _years_and_range(folded, today)
    month_range = _is_month_range(folded)  # a period such as "januari tot september": no single month
    months = [] if month_range else _months(folded, today)
    countries = _countries(folded)
    profiles = [str(v) for _, _, v in find_forms(folded, _profile_forms())]
    for name, value in entity_values(entities):
        if name == "year":
            # The text reading's rule: a year the text names outranks a relative one ("vorig jaar,
            # in 2024" asks for 2024, not for 2024 and last year).
            explicit = bool(_explicit_years(fold(value)))
            year = normalise_year(value, today)
            if year is not None and year not in years and year_range is None and (explicit or not years):
                years.append(year)
        elif name == "month" and not month_range:
            month = normalise_month(value)
            if month is not None and month not in months:
                months.append(month)
        elif name == "country":
            country = normalise_country(value)
            if country is not None and country not in countries:
                countries.append(country)
    kinds = _kinds(folded)
    if len(set(years)) >= 2 and "compare" not in kinds and year_range is None:
        kinds.add("trend")
    if year_range is not None and not kinds & {"compare", "peak", "overview"}:
        kinds.add("trend")
    share = bool(re.search(r"%|\b(procent|percent|percentage|aandeel|welk deel|hoeveel deel|proportie)\b", folded))
    returns = any(
        w.startswith(vocab.RETURN_WORDS) and not w.startswith(("terugkeerplaats", "terugkeerbeleid"))
        for w in folded.split()
    ) or bool(has_word_prefix(folded, ("terug gekeerd", "naar huis")))
    top_n = _top_n(folded)
    whole_list = bool(
        re.search(
            r"\b(alle|andere|overige|alle andere|volledige lijst|hele lijst)( \w+)? landen\b|\bvolledige lijst\b",
            folded,
        )
    )
    if top_n is not None or whole_list:
        kinds.add("top")
    return Question(
        text=folded,
        years=tuple(dict.fromkeys(years)),
        year_range=year_range,
        months=tuple(months),
        countries=tuple(countries),
        profiles=tuple(dict.fromkeys(profiles)),
        kinds=frozenset(kinds),
        top_n=top_n,
        reintegration="reintegration" in kinds,
        share=share,
        low=bool(has_word_prefix(folded, vocab.LOW_WORDS)),
        returns=returns,
        followup=_is_followup(folded),
        refers=bool(set(folded.split()) & vocab.REFERRING_WORDS),
        year_shift=next((shift for phrase, shift in vocab.YEAR_SHIFTS if f" {phrase} " in f" {folded} "), 0),
        whole_list=whole_list,
    )
