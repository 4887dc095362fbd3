"""Understanding a figure question: years (also "vorig jaar"), months, countries, profiles, what is asked.

Pure functions. `parse_question(text, entities, today)` reads the raw text and the entity values
that NLU found (surface forms) and returns their normalised values. Relative years need
`today`: the action passes `date.today()`, tests pass a fixed date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from bot.figures import lexicon

# ------------------------------------------------------------------------------ text


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


# ------------------------------------------------------------------------------ edit distance


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


def _fuzzy_limit(word: str) -> int:
    """Typos allowed in a word: none below 5 letters, 1 up to 9, 2 from 10."""
    if len(word) < 5:
        return 0
    return 1 if len(word) < 10 else 2


# ------------------------------------------------------------------------------ lexicon tables


@lru_cache(maxsize=1)
def _country_forms() -> tuple[tuple[str, str], ...]:
    """(folded surface form, canonical name), longest form first."""
    forms: dict[str, str] = {}
    for canonical, variants in lexicon.COUNTRIES.items():
        for surface in (canonical, *variants):
            forms.setdefault(fold(surface), canonical)
    return tuple(sorted(forms.items(), key=lambda item: (-len(item[0]), item[0])))


@lru_cache(maxsize=1)
def _month_forms() -> tuple[tuple[str, int], ...]:
    forms = {fold(s): n for n, surfaces in lexicon.MONTHS.items() for s in surfaces}
    return tuple(sorted(forms.items(), key=lambda item: (-len(item[0]), item[0])))


@lru_cache(maxsize=1)
def _profile_forms() -> tuple[tuple[str, str], ...]:
    forms = {fold(s): key for key, surfaces in lexicon.PROFILES.items() for s in surfaces}
    return tuple(sorted(forms.items(), key=lambda item: (-len(item[0]), item[0])))


@lru_cache(maxsize=8)
def _pattern(forms: tuple[tuple[str, object], ...]) -> re.Pattern[str]:
    """One regex for a table: whole words, longest form first (so it wins where forms overlap)."""
    return re.compile("(?<= )(?:" + "|".join(re.escape(form) for form, _ in forms) + ")(?= )")


def _find_forms(folded: str, forms: tuple[tuple[str, object], ...]) -> list[tuple[int, int, object]]:
    """Non-overlapping whole-word matches of the forms, longest first: (start, end, value)."""
    values = dict(forms)
    return [(m.start() - 1, m.end() - 1, values[m[0]]) for m in _pattern(forms).finditer(f" {folded} ")]


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
    found = _find_forms(folded, _country_forms())
    if found:
        return str(found[0][2])
    return _fuzzy_country(folded)


def _fuzzy_country(word: str) -> str | None:
    """A country within a typo or two of one word (not for short or ordinary words)."""
    limit = _fuzzy_limit(word)
    if limit == 0 or word in lexicon.NOT_COUNTRIES or not word.isalpha():
        return None
    best: tuple[int, str] | None = None
    for form, canonical in _fuzzy_candidates().get(word[0], ()):
        allowed = min(limit, _fuzzy_limit(form))
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
    if _fuzzy_limit(folded) and folded.isalpha():
        for form, number in _month_forms():
            if len(form) >= 5 and form[0] == folded[0] and edit_distance(folded, form, 1) <= 1:
                return int(number)
    return None


def normalise_profile(surface: str) -> str | None:
    """Profile key for a surface form: "uitgeprocedeerden" -> "rejected"."""
    found = _find_forms(fold(surface), _profile_forms())
    return str(found[0][2]) if found else None


RELATIVE_YEARS: tuple[tuple[str, int], ...] = (
    ("eervorig jaar", -2),
    ("eerverleden jaar", -2),
    ("twee jaar geleden", -2),
    ("drie jaar geleden", -3),
    ("vorig jaar", -1),
    ("vorige jaar", -1),
    ("verleden jaar", -1),
    ("afgelopen jaar", -1),
    ("voorbije jaar", -1),
    ("vorig kalenderjaar", -1),
    ("last year", -1),
    ("l an dernier", -1),
    ("dit jaar", 0),
    ("huidige jaar", 0),
    ("huidig jaar", 0),
    ("lopende jaar", 0),
    ("dit kalenderjaar", 0),
    ("this year", 0),
    ("cette annee", 0),
    ("volgend jaar", 1),
    ("volgende jaar", 1),
    ("next year", 1),
)


def normalise_year(surface: str, today: date) -> int | None:
    """Year for a surface form: "2023", "'23", "vorig jaar" (relative to `today`)."""
    folded = fold(surface)
    years = _explicit_years(folded)
    if years:
        return years[0][2]
    for phrase, offset in RELATIVE_YEARS:
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
    year_shift: int = 0  # "het jaar ervoor": -1 on the year asked before
    whole_list: bool = False  # "alle landen", "de andere landen": the whole list of countries

    @property
    def asks_figure(self) -> bool:
        """Does the message ask for a figure? "en mijn broer?" names nothing a figure is about, "krijg
        ik steun?" is about the user, "hoeveel geld krijg ik?" about an amount: none has a figure."""
        words = set(self.text.split())
        if words & lexicon.MONEY_WORDS:
            return False
        counts = self.years or self.year_range or self.months or self.top_n or self.share or self.year_shift
        counts = counts or has_word_prefix(self.text, lexicon.FIGURE_WORDS)
        if words & lexicon.PERSONAL_WORDS and not counts:
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
            count = int(recent[1]) if recent[1].isdigit() else lexicon.NUMBER_WORDS.get(recent[1])
        if count and 1 < count <= 30:
            year_range = (today.year - count, today.year - 1)
        elif re.search(r"\b(?:laatste|afgelopen|voorbije|recente) jaren\b", folded):
            year_range = (today.year - 5, today.year - 1)
    if not years and year_range is None:
        for phrase, offset in RELATIVE_YEARS:
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
    """"januari tot september", "jan-sept", "tussen januari en september": a period, not one month."""
    spans = [(start, end) for start, end, _ in _find_forms(folded, _month_forms())]
    for (s1, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        gap = folded[e1:s2].strip()
        if gap in _RANGE_GAPS or (gap == "en" and folded[:s1].rstrip().endswith("tussen")):
            return True
    return False


def _months(folded: str, today: date) -> list[int]:
    months: list[int] = []
    year_spans = _explicit_years(folded)
    words = folded.split()
    for start, end, number in _find_forms(folded, _month_forms()):
        form = folded[start:end]
        if form in lexicon.AMBIGUOUS_MONTHS:
            after = folded[end:].lstrip()
            before = folded[:start].rstrip()
            near_year = any(abs(s - end) <= 5 for s, _, _ in year_spans) or after[:4].isdigit()
            if not (near_year or before.endswith(" in") or before.endswith("maand")):
                continue
        months.append(int(number))
    if not months:
        for word in words:  # one typo in a full month name: "febuari", "setpember"
            if len(word) >= 5 and word.isalpha():
                number = normalise_month(word)
                if number is not None:
                    months.append(number)
    if "vorige maand" in folded:
        months.append(12 if today.month == 1 else today.month - 1)
    elif "deze maand" in folded:
        months.append(today.month)
    return list(dict.fromkeys(months))


def _countries(folded: str) -> list[str]:
    found = _find_forms(folded, _country_forms())
    countries = [str(value) for _, _, value in found]
    covered = "".join(" " if any(s <= i < e for s, e, _ in found) else c for i, c in enumerate(folded))
    for word in covered.split():
        canonical = _fuzzy_country(word)
        if canonical:
            countries.append(canonical)
    return list(dict.fromkeys(countries))


def _top_n(folded: str) -> int | None:
    numbers = "|".join(["\\d{1,2}", *lexicon.NUMBER_WORDS])
    nouns = "belangrijkste|voornaamste|grootste|populairste|meeste|eerste|landen|bestemmingen|nationaliteiten"
    match = re.search(rf"\btop ?({numbers})\b", folded) or re.search(rf"\b({numbers}) (?:{nouns})\b", folded)
    if not match:
        return None
    value = match[1]
    number = int(value) if value.isdigit() else lexicon.NUMBER_WORDS[value]
    return number if 1 <= number <= 50 else None


def _kinds(folded: str) -> set[str]:
    kinds = {kind for kind, stems in lexicon.KIND_WORDS.items() if has_word_prefix(folded, stems)}
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


QUESTION_WORDS: tuple[str, ...] = (
    "hoeveel",
    "wat",
    "welk",
    "welke",
    "hoe",
    "wie",
    "waar",
    "wanneer",
    "geef",
    "toon",
    "is",
    "zijn",
    "waren",
    "was",
)


def _is_followup(folded: str) -> bool:
    """Elliptical, so it leans on the previous question: "en in 2022?", "en naar Mongolië?",
    "en de top 5?", "hoeveel daarvan kregen steun?", "2022?"."""
    words = folded.split()
    if not words:
        return False
    starts = any(f"{folded} ".startswith(start) for start in lexicon.FOLLOWUP_STARTS)
    refers = any(f" {phrase} " in f" {folded} " for phrase in lexicon.FOLLOWUP_WORDS)
    bare = len(words) <= 3 and words[0] not in QUESTION_WORDS
    return refers or (starts and len(words) <= 7) or bare


def parse_question(text: str, entities: Iterable[Mapping[str, object]] = (), today: date | None = None) -> Question:
    """Read a question and the NLU entities (surface forms) into normalised values.

    The text is read with the same tables the lookup entities come from, so a value that NLU
    missed is still found; entity values add what the text scan cannot (DIET's guesses).
    """
    today = today or date.today()
    folded = fold(text)
    years, year_range = _years_and_range(folded, today)
    month_range = _is_month_range(folded)  # a period such as "januari tot september": no single month
    months = [] if month_range else _months(folded, today)
    countries = _countries(folded)
    profiles = [str(v) for _, _, v in _find_forms(folded, _profile_forms())]
    for entity in entities:
        name, value = entity.get("entity"), entity.get("value")
        if not isinstance(value, str) or not value.strip():
            continue
        if name == "year":
            year = normalise_year(value, today)
            if year is not None and year not in years and year_range is None:
                years.append(year)
        elif name == "month" and not month_range:
            month = normalise_month(value)
            if month is not None and month not in months:
                months.append(month)
        elif name == "country":
            country = normalise_country(value)
            if country is not None and country not in countries:
                countries.append(country)
        elif name == "profile":
            profile = normalise_profile(value)
            if profile is not None and profile not in profiles:
                profiles.append(profile)
    kinds = _kinds(folded)
    for entity in entities:
        value = entity.get("value")
        if entity.get("entity") == "figure_type" and isinstance(value, str):
            kinds |= {value} if value in lexicon.FIGURE_TYPES else _kinds(fold(value))
    if len(set(years)) >= 2 and "compare" not in kinds and year_range is None:
        kinds.add("trend")
    if year_range is not None and not kinds & {"compare", "peak", "overview"}:
        kinds.add("trend")
    share = bool(re.search(r"%|\b(procent|percent|percentage|aandeel|welk deel|hoeveel deel|proportie)\b", folded))
    returns = any(
        w.startswith(lexicon.RETURN_WORDS) and not w.startswith(("terugkeerplaats", "terugkeerbeleid"))
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
        low=bool(has_word_prefix(folded, lexicon.LOW_WORDS)),
        returns=returns,
        followup=_is_followup(folded),
        year_shift=next((shift for phrase, shift in lexicon.YEAR_SHIFTS if f" {phrase} " in f" {folded} "), 0),
        whole_list=whole_list,
    )
