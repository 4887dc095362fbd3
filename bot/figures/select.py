"""Choosing figures from the dataset: the year asked or the latest, seeds first, totals, rankings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.figures import dutch, phrases
from bot.figures.data import Dataset, Figure
from bot.figures.model import Query, Reply
from bot.figures.render import period_of, shared_reply, value_text, years_text

Totals = dict[int, tuple[Figure | None, Figure | None]]


def latest_year(figures: Sequence[Figure]) -> int | None:
    return max((f.year for f in figures), default=None)


def year_or_latest(query: Query, figures: Sequence[Figure]) -> int | None:
    """The (first) year asked, else the latest year of these figures."""
    return query.years[0] if query.years else latest_year(figures)


def prefer_seed(dataset: Dataset, figures: Sequence[Figure]) -> list[Figure]:
    """The seed figures if there are any, else the second source's."""
    seeds = [f for f in figures if not dataset.is_second(f)]
    return seeds or list(figures)


def first_seed(dataset: Dataset, figures: Sequence[Figure], key: Any) -> Figure | None:
    """The first figure with this key, from the seeds if they have one."""
    return next(iter(prefer_seed(dataset, [f for f in figures if f.key == key])), None)


def totals(dataset: Dataset) -> Totals:
    """year -> (whole-year total, partial-year total)."""
    result: Totals = {}
    for f in dataset.select(group="return", kind="total", part="total"):
        whole, partial = result.get(f.year, (None, None))
        if f.period == "year":
            whole = f
        else:
            partial = f
        result[f.year] = (whole, partial)
    return result


def whole_year_totals(dataset: Dataset) -> dict[int, Figure]:
    return {y: w for y, (w, _) in totals(dataset).items() if w is not None}


def year_unknown(dataset: Dataset, query: Query, year: int) -> Reply:
    """No total for this year: the years (and partial years) that have one."""
    all_totals = totals(dataset)
    whole_years = whole_year_totals(dataset)
    available = years_text(whole_years)
    partial = [p for _, p in all_totals.values() if p is not None and p.year not in whole_years]
    if partial:
        available = dutch.join_list([available, *(period_of(p) for p in partial)])
    return shared_reply("utter_figure_year_unknown", query, year=year, available=available)


def years_wanted(query: Query) -> set[int] | None:
    """The years a list covers: a range, several years, or for a comparison the year and the one before."""
    if query.year_range:
        return set(range(query.year_range[0], query.year_range[1] + 1))
    if len(query.years) > 1:
        return set(query.years)
    if query.kind == "compare" and query.years:
        return {query.years[0] - 1, query.years[0]}
    return None


def country_figures(dataset: Dataset) -> list[Figure]:
    """Every figure per country (without "Andere")."""
    return [f for f in dataset.select(group="return", kind="country") if f.key != "Andere"]


def ranked(dataset: Dataset, year: int, part: str) -> list[Figure]:
    """A list of countries of one year, largest first (without "Andere")."""
    found = [f for f in dataset.select(group="return", kind="country", year=year, part=part) if f.key != "Andere"]
    return sorted(found, key=lambda f: -f.value)


def other_countries(dataset: Dataset, year: int, part: str) -> Figure | None:
    """The "Andere" row of a country list."""
    return dataset.one(group="return", kind="country", year=year, part=part, key="Andere")


def share_and_count(figures: Sequence[Figure], key: Any) -> tuple[Figure | None, Figure | None]:
    """The percentage and the number of people for one key of a breakdown."""
    share = next((f for f in figures if f.key == key and f.unit == "percent"), None)
    count = next((f for f in figures if f.key == key and f.unit != "percent"), None)
    return share, count


def reintegration_text(share: Figure | None, count: Figure | None) -> str:
    """ "1.234 personen (41%)", "1.234 personen", "41%" or "geen cijfer"."""
    if share and count:
        return phrases.PERSONS_AND_SHARE.format(count=value_text(count), share=value_text(share))
    if count:
        return phrases.PERSONS.format(value=value_text(count))
    return value_text(share) if share else phrases.NO_FIGURE
