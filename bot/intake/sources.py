"""The ONE adapter between the intake and the figures core (bot/figures/).

Everything the intake needs from bot/figures/ goes through this module: the Dutch country
normalisation (names, demonyms, misspellings) and the yearly figures per country. When the figures
core is restructured, only this file has to follow.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.figures import dutch
from bot.figures.data import Dataset, Figure, load_dataset
from bot.figures.parse import countries_in
from bot.figures.text import fold

__all__ = [
    "CountryFigure",
    "Dataset",
    "country_figures",
    "country_of",
    "fold",
    "format_value",
    "is_known_country",
    "load_figures",
]


def load_figures() -> Dataset:
    """The figures dataset (read from disk: call once and keep it)."""
    return load_dataset()


# The Dutch month names of the figures core (words after "in" that are no town).
MONTH_NAMES: tuple[str, ...] = dutch.MONTHS


def country_of(text: str) -> str | None:
    """The first country named in the text, as its canonical Dutch name, else None.

    "een Georgische vrouw" -> "Georgië"; "uit brazillie" -> "Brazilië".
    """
    found = countries_in(text)
    return found[0] if found else None


def is_known_country(name: str) -> bool:
    """True for a canonical country name of the normalisation."""
    return country_of(name) == name


@dataclass(frozen=True)
class CountryFigure:
    """One printed figure for a country: returns (all), returns with reintegration support."""

    year: int
    period: str  # "2023", "januari tot en met september 2025"
    whole_year: bool
    returns: float | None  # returns to the country (with or without support)
    reintegration: float | None  # of which with reintegration support
    source: str  # dataset source key
    source_title: str
    second: bool  # the second source (Fedasil's news items), labelled as such
    quotes: tuple[str, ...]  # the text the numbers are printed in
    source_path: str  # relative to the shared folder: seeds/… or sources/…


def _merge(dataset: Dataset, main: Figure | None, reint: Figure | None) -> CountryFigure:
    first = main or reint
    assert first is not None
    source = dataset.sources[first.source]
    return CountryFigure(
        year=first.year,
        period=dutch.period_name(first.year, first.period),
        whole_year=first.period == "year",
        returns=main.value if main else None,
        reintegration=reint.value if reint else None,
        source=first.source,
        source_title=source.title,
        second=source.second,
        quotes=tuple(f.quote for f in (main, reint) if f is not None),
        source_path=source.path,
    )


def country_figures(dataset: Dataset, country: str) -> list[CountryFigure]:
    """Every figure for the country, newest first; a total and its reintegration count merged.

    A total and a reintegration count are merged when they come from the same source, year and
    period (e.g. 2023: 996 to Brazil, of whom 574 with support, both in the 2023 report).
    """
    rows = [f for f in dataset.select(group="return", kind="country") if f.key == country]
    mains = [f for f in rows if f.part in ("all", "mentioned")]
    reints = [f for f in rows if f.part == "reintegration"]
    merged: list[CountryFigure] = []
    used: set[int] = set()
    for main in mains:
        reint = next((r for r in reints if (r.year, r.period, r.source) == (main.year, main.period, main.source)), None)
        if reint is not None:
            used.add(id(reint))
        merged.append(_merge(dataset, main, reint))
    merged += [_merge(dataset, None, r) for r in reints if id(r) not in used]
    # Newest first; within a year the whole year first, then the seeds before the second source.
    return sorted(merged, key=lambda f: (-f.year, not f.whole_year, f.second))


def format_value(value: float) -> str:
    """A count the Dutch way: 1.344."""
    return dutch.format_int(value)
