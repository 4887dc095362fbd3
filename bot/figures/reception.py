"""Which reception fact (2023 annual report) a question asks for, by the stems each fact lists."""

from __future__ import annotations

from dataclasses import dataclass

from bot.figures.data import Dataset, Figure
from bot.figures.parse import Question
from bot.figures.text import has_substring


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
