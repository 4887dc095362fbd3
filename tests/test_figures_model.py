"""bot/figures/model.py: the typed query slot (to_slot / from_slot) and the Kind record."""

from __future__ import annotations

import pytest

from bot.figures.model import Query
from bot.figures.query import slot_check
from tests.figures_support import DATASET

CHECK = slot_check(DATASET)

QUERIES = [
    Query("total"),
    Query("total", years=(2023,)),
    Query("trend", year_range=(2015, 2020)),
    Query("month", years=(2014,), month=3),
    Query("country", years=(2023,), country="Brazilië", scope="reintegration"),
    Query("top", years=(2023,), top_n=0),
    Query("profile", profile="rejected"),
    Query("compare", years=(2013, 2023), country="Brazilië", subject="country"),
    Query("reception", years=(2023,), country="Syrië", reception="received_syria"),
    Query("months", years=(2014,)),
]


@pytest.mark.parametrize("query", QUERIES, ids=[q.kind for q in QUERIES])
def test_a_query_survives_the_slot(query: Query) -> None:
    value = query.to_slot()
    assert Query.from_slot(value, CHECK) == query
    assert all(v not in (None, (), "all") for v in value.values()), "only the fields that are set"


def test_the_lowest_year_flag_is_not_kept_as_before() -> None:
    assert Query.from_slot(Query("peak", low=True).to_slot(), CHECK) == Query("peak")


@pytest.mark.parametrize(
    "value",
    [
        None,
        {},
        "total",
        ["total"],
        {"kind": "nonsense"},
        {"kind": "total", "years": [1899]},
        {"kind": "total", "years": [99999]},
        {"kind": "total", "years": ["2023"]},
        {"kind": "total", "years": [2023.0]},
        {"kind": "total", "years": [False]},
        {"kind": "total", "years": list(range(2000, 2020))},
        {"kind": "trend", "year_range": [2020]},
        {"kind": "trend", "year_range": [2020, 2015]},
        {"kind": "month", "month": 13},
        {"kind": "month", "month": 0},
        {"kind": "month", "month": "3"},
        {"kind": "country", "country": "Atlantis"},
        {"kind": "country", "country": {"name": "Marokko"}},
        {"kind": "profile", "profile": "students"},
        {"kind": "top", "top_n": 51},
        {"kind": "top", "top_n": -1},
        {"kind": "top", "scope": "everything"},
        {"kind": "reception", "reception": "no_such_fact"},
        {"kind": "compare", "subject": "profile"},
        {"kind": "total", "low": True},
        {"kind": "total", "unknown_field": 1},
    ],
)
def test_a_value_that_is_not_valid_is_no_query(value: object) -> None:
    assert Query.from_slot(value, CHECK) is None
