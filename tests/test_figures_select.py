"""bot/figures/select.py: the year asked or the latest, seeds first, totals, rankings."""

from __future__ import annotations

from bot.figures.model import Query
from bot.figures.select import (
    first_seed,
    prefer_seed,
    ranked,
    share_and_count,
    totals,
    whole_year_totals,
    year_or_latest,
    years_wanted,
)
from tests.figures_support import DATASET


def test_year_or_latest() -> None:
    figures = DATASET.select(group="return", kind="reintegration")
    assert year_or_latest(Query("reintegration", years=(2022,)), figures) == 2022
    assert year_or_latest(Query("reintegration"), figures) == max(f.year for f in figures)
    assert year_or_latest(Query("reintegration"), []) is None


def test_seeds_win_over_the_second_source() -> None:
    total_2025 = DATASET.select(group="return", kind="total", part="total", year=2025)
    seeds = prefer_seed(DATASET, total_2025)
    assert seeds and not any(DATASET.is_second(f) for f in seeds)
    second = [f for f in total_2025 if DATASET.is_second(f)]
    assert prefer_seed(DATASET, second) == second
    reint = DATASET.select(group="return", kind="reintegration", year=2023)
    assert first_seed(DATASET, reint, "share") is not None and first_seed(DATASET, reint, "nothing") is None


def test_totals_and_rankings() -> None:
    whole, partial = totals(DATASET)[2025]
    assert whole is not None and partial is not None and partial.period == "jan-sep"
    assert 2025 in whole_year_totals(DATASET) and 2004 not in whole_year_totals(DATASET)
    top = ranked(DATASET, 2023, "all")
    assert [f.value for f in top] == sorted((f.value for f in top), reverse=True) and "Andere" not in {
        f.key for f in top
    }
    profiles = DATASET.select(group="return", kind="profile", year=2014)
    share, count = share_and_count(profiles, profiles[0].key)
    assert share is None or share.unit == "percent"
    assert count is None or count.unit != "percent"


def test_years_wanted() -> None:
    assert years_wanted(Query("trend", year_range=(2015, 2017))) == {2015, 2016, 2017}
    assert years_wanted(Query("trend", years=(2013, 2023))) == {2013, 2023}
    assert years_wanted(Query("compare", years=(2023,))) == {2022, 2023}
    assert years_wanted(Query("total", years=(2023,))) is None
