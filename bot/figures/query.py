"""From a parsed question (and the previous query, for follow-ups) to the `Query` answered.

The kind asked is the asked kind of highest precedence in the registry (bot/figures/kinds/);
a reception fact the question matches comes first. A follow-up ("en in 2022?", "en naar
Mongolië?", "en de top 5?") keeps what the previous query had and the follow-up does not change.
"""

from __future__ import annotations

from dataclasses import replace

from bot.figures import vocabulary as vocab
from bot.figures.data import Dataset
from bot.figures.kinds import registry
from bot.figures.model import WHOLE_LIST, Query, SlotCheck
from bot.figures.parse import Question
from bot.figures.reception import ReceptionMatch, match_reception, reception_row


def asked_kind(question: Question) -> str:
    """What a question about voluntary return asks for: the asked kind of highest precedence."""
    return next(kind.name for kind in registry().values() if kind.is_asked(question))


def _per_year_kinds() -> list[str]:
    return sorted(kind.name for kind in registry().values() if kind.per_year)


def _asking_kinds() -> frozenset[str]:
    """Words that ask for something new; a follow-up with only values (a year, a country) keeps the kind."""
    return frozenset(kind.name for kind in registry().values() if kind.asking)


def _subject(question: Question) -> str | None:
    """For a comparison or an evolution: what is compared (None: the yearly totals)."""
    if question.countries:
        return "country"
    return next((kind for kind in _per_year_kinds() if kind in question.kinds), None)


def slot_check(dataset: Dataset) -> SlotCheck:
    """What a `figure_query` slot may hold: the registered kinds, the vocabulary, this dataset's keys."""
    return SlotCheck(
        kinds=frozenset(registry()),
        countries=frozenset(vocab.COUNTRIES),
        profiles=frozenset(vocab.PROFILES),
        reception_keys=frozenset(str(f.key) for f in dataset.select(group="reception")),
        subjects=frozenset(["country", "month", *_per_year_kinds()]),
    )


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
    kind = asked_kind(question)
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


def _reception_followup(dataset: Dataset, previous: Query, question: Question, fresh: Query) -> Query | None:
    """A follow-up on a reception figure: another country of its table, another fact, another year."""
    asks = question.kinds & _asking_kinds()
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
    return None


def _new_question(previous: Query, fresh: Query) -> Query:
    """Something new is asked: keep only the year (and country) of the previous question."""
    years = fresh.years or (previous.years if not fresh.year_range else ())
    across_years = fresh.kind in ("compare", "trend")
    country = fresh.country or (
        previous.country if across_years and fresh.subject is None and previous.kind == "country" else None
    )
    subject = "country" if country and across_years else fresh.subject
    return replace(fresh, years=years, country=country, subject=subject)


def merge_followup(dataset: Dataset, previous: Query, question: Question) -> Query:
    """A follow-up ("en in 2022?", "en naar Mongolië?", "en de top 5?") on the previous query."""
    fresh = fresh_query(dataset, question)
    if previous.kind == "reception" and not question.returns:
        reception = _reception_followup(dataset, previous, question, fresh)
        if reception is not None:
            return reception
    asks = question.kinds & _asking_kinds()
    if previous.kind == "month" and asks <= {"dvz"}:
        asks = frozenset()  # "en via DVZ?" after a month: the same month
    if asks and not (asks == {"reintegration"} and previous.kind in ("country", "top")):
        if fresh.kind == "compare" and question.refers:
            return _compare_with_previous(dataset, previous, fresh)
        return _new_question(previous, fresh)
    return _same_question(dataset, previous, question)


def _compare_with_previous(dataset: Dataset, previous: Query, fresh: Query) -> Query:
    """ "is dat meer dan in 2023?": the figure answered last (its year, kind and country) against the year named."""
    query = _new_question(previous, fresh)
    base = previous.years[0] if len(previous.years) == 1 else None
    if base is None and previous.kind == "total" and not previous.years and not previous.year_range:
        base = max((f.year for f in dataset.select(group="return", kind="total", part="total")), default=None)
    if base is not None and len(fresh.years) == 1 and fresh.years[0] != base and not fresh.year_range:
        query = replace(query, years=(base, fresh.years[0]))
    if query.subject is None and previous.kind in _per_year_kinds():
        query = replace(query, subject=previous.kind)
    return query


def _same_question(dataset: Dataset, previous: Query, question: Question) -> Query:
    """The previous query with the values the follow-up names (a year, a month, a country, ...)."""
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
    """The query for this turn: a follow-up ("en in 2022?") or a question that points back ("hoeveel
    mensen kregen dat?") builds on `previous`, other questions stand alone."""
    if previous is not None and (question.followup or question.refers):
        return merge_followup(dataset, previous, question)
    return fresh_query(dataset, question)
