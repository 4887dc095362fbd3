"""From a parsed question (and the previous one, for follow-ups) to a query on the dataset.

A `Query` says what is asked (its `kind`) and for what (years, month, country, profile, top-N).
It is kept between turns in slots (`to_slots` / `from_slots`), so that "en in 2022?" reuses the
rest of the previous question.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from bot.figures.data import Dataset, Figure
from bot.figures.normalise import Question, has_substring

# Kinds of question, in the order they win when a question names several.
KINDS: tuple[str, ...] = (
    "overview",
    "reception",
    "peak",
    "compare",
    "trend",
    "month",
    "country",
    "top",
    "bus",
    "dublin",
    "dvz",
    "reintegration",
    "channel",
    "family",
    "age",
    "gender",
    "profile",
    "total",
)
# Kinds with a value per year that a comparison or an evolution can list year by year.
PER_YEAR_KINDS: frozenset[str] = frozenset({"reintegration", "dublin", "dvz"})

# top_n for "alle landen" / "de andere landen": the whole list, with "Andere".
WHOLE_LIST = 0

SLOT_NAMES: tuple[str, ...] = (
    "figure_kind",
    "figure_years",
    "figure_range",
    "figure_month",
    "figure_country",
    "figure_profile",
    "figure_top_n",
    "figure_scope",
    "figure_reception",
)


@dataclass(frozen=True)
class Query:
    """What the user asks for; empty fields take defaults when answering."""

    kind: str
    years: tuple[int, ...] = ()
    year_range: tuple[int, int] | None = None
    month: int | None = None
    country: str | None = None
    profile: str | None = None
    top_n: int | None = None
    scope: str = "all"  # all | reintegration (country lists with reintegration support)
    low: bool = False  # the lowest year instead of the peak
    reception: str | None = None  # key of the reception fact asked for
    subject: str | None = None  # for compare/trend: the per-year kind compared (total if None)

    def to_slots(self) -> dict[str, Any]:
        """Slot values that keep this query for a follow-up."""
        return {
            "figure_kind": self.kind if self.subject is None else f"{self.kind}:{self.subject}",
            "figure_years": [str(y) for y in self.years] or None,
            "figure_range": f"{self.year_range[0]}-{self.year_range[1]}" if self.year_range else None,
            "figure_month": str(self.month) if self.month else None,
            "figure_country": self.country,
            "figure_profile": self.profile,
            "figure_top_n": str(self.top_n) if self.top_n is not None else None,
            "figure_scope": self.scope if self.scope != "all" else None,
            "figure_reception": self.reception,
        }

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> Query | None:
        """The query kept in the slots, or None (no figure asked yet, or unreadable slots)."""
        kind = slots.get("figure_kind")
        if not isinstance(kind, str) or not kind:
            return None
        kind, _, subject = kind.partition(":")
        if kind not in KINDS:
            return None
        try:
            years = tuple(int(y) for y in slots.get("figure_years") or ())
            year_range = None
            if slots.get("figure_range"):
                first, last = str(slots["figure_range"]).split("-")
                year_range = (int(first), int(last))
            month = int(slots["figure_month"]) if slots.get("figure_month") else None
            top_n = int(slots["figure_top_n"]) if slots.get("figure_top_n") not in (None, "") else None
        except (TypeError, ValueError):
            return None
        return cls(
            kind=kind,
            years=years,
            year_range=year_range,
            month=month,
            country=slots.get("figure_country") or None,
            profile=slots.get("figure_profile") or None,
            top_n=top_n,
            scope=slots.get("figure_scope") or "all",
            reception=slots.get("figure_reception") or None,
            subject=subject or None,
        )


# ------------------------------------------------------------------------------ reception facts


@dataclass(frozen=True)
class ReceptionMatch:
    """The reception fact a question asks for, or the country it names that the table lacks."""

    fact: Figure | None = None
    missing_country: str | None = None
    table: tuple[Figure, ...] = ()  # the rows per country, when the country is missing


def match_reception(dataset: Dataset, question: Question) -> ReceptionMatch:
    """Best reception fact for the question: every stem group of `match` must occur in the text.

    Score: the groups found (required ones and `hints`, +2 for the country named, +1 for a
    percentage asked and given), then a count before a share unless a percentage is asked,
    then the required groups, the length of the matched stems (specific words win), the order
    in the file.
    """
    best: tuple[tuple[int, int, int, int, int], Figure] | None = None
    wrong_country: list[tuple[int, Figure]] = []
    for index, fact in enumerate(dataset.select(group="reception")):
        stems = [has_substring(question.text, group) for group in fact.match]
        if not fact.match or any(s is None for s in stems):
            continue
        hints = [s for s in (has_substring(question.text, group) for group in fact.hints) if s]
        groups = len(fact.match) + len(hints)
        if fact.country is not None:
            if fact.country not in question.countries:
                wrong_country.append((groups, fact))
                continue
            groups += 2
        if question.share and fact.unit == "percent":
            groups += 1
        plain = int(question.share or fact.unit != "percent")
        score = (groups, plain, len(fact.match), sum(len(s or "") for s in stems + hints), -index)
        if best is None or score > best[0]:
            best = (score, fact)
    if question.countries and wrong_country and (best is None or best[1].country is None):
        groups_of_best = best[0][0] if best else 0
        near = [f for groups, f in wrong_country if groups + 2 >= groups_of_best and f.sets]
        if near:
            return ReceptionMatch(missing_country=question.countries[0], table=_rows(dataset, near[0]))
    return ReceptionMatch(fact=best[1] if best else None)


def _rows(dataset: Dataset, fact: Figure) -> tuple[Figure, ...]:
    """The rows of the table (a `sets` group) that a reception fact sits in."""
    names = {name.removesuffix(":total") for name in fact.sets}
    return tuple(f for f in dataset.select(group="reception") if names & set(f.sets))


def reception_row(dataset: Dataset, key: str, country: str) -> ReceptionMatch:
    """A follow-up naming another country ("en uit Syrië?") on the table of reception fact `key`."""
    previous = dataset.one(group="reception", key=key)
    if previous is None:
        return ReceptionMatch()
    rows = _rows(dataset, previous)
    with_country = {name for f in rows if f.country for name in f.sets}
    rows = tuple(f for f in rows if set(f.sets) & with_country)
    if not rows:
        return ReceptionMatch()
    for row in rows:
        if row.country == country:
            return ReceptionMatch(fact=row)
    return ReceptionMatch(missing_country=country, table=rows)


# ------------------------------------------------------------------------------ building the query


def _return_kind(question: Question) -> str:
    """What a question about voluntary return asks for."""
    kinds = question.kinds
    if "overview" in kinds:
        return "overview"
    if "peak" in kinds:
        return "peak"
    if "compare" in kinds and (len(question.years) >= 1 or question.year_range or not question.months):
        return "compare"
    if "trend" in kinds or question.year_range:
        return "trend"
    if question.months:
        return "month"
    if question.countries:
        return "country"
    if "top" in kinds:
        return "top"
    for kind in ("bus", "dublin", "dvz", "reintegration", "channel", "family", "age", "gender"):
        if kind in kinds:
            return kind
    if question.profiles or "profile" in kinds:
        return "profile"
    return "total"


def _subject(question: Question) -> str | None:
    """For a comparison or an evolution: what is compared (None: the yearly totals)."""
    if question.countries:
        return "country"
    for kind in sorted(PER_YEAR_KINDS):
        if kind in question.kinds:
            return kind
    return None


def _is_reception(dataset: Dataset, question: Question) -> tuple[bool, ReceptionMatch]:
    if question.returns:
        return False, ReceptionMatch()
    match = match_reception(dataset, question)
    other = question.kinds & {"channel", "top", "trend", "peak", "month", "dublin", "dvz"}
    if match.fact and question.countries and match.fact.country is None and "reception" not in question.kinds:
        return False, match  # "hoeveel Oekraïners in 2013": a country of the return figures
    if match.fact or match.missing_country:
        return True, match
    return ("reception" in question.kinds and not other), match


def _reception_key(match: ReceptionMatch) -> str | None:
    """The fact asked for, or (when the country is missing) a row of the table it would be in."""
    if match.fact is not None:
        return str(match.fact.key)
    return str(match.table[0].key) if match.table else None


def fresh_query(dataset: Dataset, question: Question) -> Query:
    """The query of a question read on its own."""
    is_reception, match = _is_reception(dataset, question)
    if is_reception:
        return Query(
            kind="reception",
            years=question.years,
            country=match.missing_country,
            reception=_reception_key(match),
        )
    kind = _return_kind(question)
    return Query(
        kind=kind,
        years=question.years,
        year_range=question.year_range,
        month=question.months[0] if question.months else None,
        country=question.countries[0] if question.countries else None,
        profile=question.profiles[0] if question.profiles else None,
        top_n=WHOLE_LIST if question.whole_list and kind == "top" else question.top_n,
        scope="reintegration" if question.reintegration and kind in ("country", "top") else "all",
        low=question.low,
        subject=_subject(question)
        if kind in ("compare", "trend")
        else ("month" if "peak_month" in question.kinds else None),
    )


# Words that ask for something new; a follow-up with only values (a year, a country) keeps the kind.
_ASKING_KINDS: frozenset[str] = frozenset(KINDS) - {"total", "country", "month", "profile", "reception"}


def merge_followup(dataset: Dataset, previous: Query, question: Question) -> Query:
    """A follow-up ("en in 2022?", "en naar Mongolië?", "en de top 5?") on the previous query."""
    fresh = fresh_query(dataset, question)
    asks = question.kinds & _ASKING_KINDS
    if previous.kind == "reception" and not question.returns:
        if question.countries and previous.reception and not (fresh.reception and not fresh.country):
            match = reception_row(dataset, previous.reception, question.countries[0])
            return Query(
                kind="reception",
                years=question.years or previous.years,
                country=match.missing_country,
                reception=_reception_key(match) or previous.reception,
            )
        if fresh.kind == "reception" and (fresh.reception or fresh.country):
            return fresh
        if question.years and not asks:
            return replace(previous, years=question.years)
    if previous.kind == "month" and asks and asks <= {"dvz", "fedasil"}:
        asks = frozenset()
    if asks and not (asks == {"reintegration"} and previous.kind in ("country", "top")):
        # Something new is asked: keep only the year (and country) of the previous question.
        years = fresh.years or (previous.years if not fresh.year_range else ())
        country = fresh.country or (
            previous.country
            if fresh.kind in ("compare", "trend") and fresh.subject is None and previous.kind == "country"
            else None
        )
        subject = "country" if country and fresh.kind in ("compare", "trend") else fresh.subject
        return replace(fresh, years=years, country=country, subject=subject)
    query = previous
    if question.year_shift and not (question.years or question.year_range):
        totals = [f.year for f in dataset.select(group="return", kind="total", part="total")]
        base = previous.years[0] if previous.years else max(totals)
        question = replace(question, years=(base + question.year_shift,))
    if "total" in question.kinds and not (question.countries or question.months or question.profiles or question.top_n):
        query = replace(query, kind="total", country=None, month=None, profile=None, top_n=None, subject=None)
    if question.years or question.year_range:
        query = replace(query, years=question.years, year_range=question.year_range)
        if query.kind in ("trend", "peak") and not question.year_range:
            query = replace(query, kind="country" if query.country else "total", subject=None)
    if question.months:
        query = replace(query, kind="month", month=question.months[0], country=None, profile=None)
    if question.countries:
        kind = query.kind if query.kind in ("compare", "trend") else "country"
        query = replace(
            query,
            kind=kind,
            country=question.countries[0],
            month=None,
            profile=None,
            subject="country" if kind in ("compare", "trend") else None,
        )
    if question.profiles:
        query = replace(query, kind="profile", profile=question.profiles[0], country=None, month=None)
    if question.top_n or "top" in question.kinds:
        top_n = WHOLE_LIST if question.whole_list else (question.top_n or previous.top_n)
        query = replace(query, kind="top", top_n=top_n, country=None, month=None)
    if question.reintegration:
        query = replace(query, scope="reintegration")
    if query.kind != "reception":
        query = replace(query, reception=None)
    return query


def build_query(dataset: Dataset, question: Question, previous: Query | None = None) -> Query:
    """The query for this turn: a follow-up ("en in 2022?") builds on `previous`, other questions
    stand alone."""
    if previous is not None and question.followup:
        return merge_followup(dataset, previous, question)
    return fresh_query(dataset, question)
