"""bot/figures/reception.py: which 2023 reception fact a question asks for."""

from __future__ import annotations

from bot.figures.parse import parse_question
from bot.figures.reception import match_reception, reception_row
from tests.figures_support import DATASET, TODAY


def test_the_best_fact_is_matched() -> None:
    match = match_reception(DATASET, parse_question("hoeveel opvangplaatsen telde het netwerk eind 2023", today=TODAY))
    assert match.fact is not None and match.fact.key == "capacity_total"


def test_a_country_missing_from_the_table_is_named_with_the_table() -> None:
    match = reception_row(DATASET, "received_syria", "Marokko")
    assert match.fact is None and match.missing_country == "Marokko" and match.table
    assert reception_row(DATASET, "received_syria", "Afghanistan").fact.key == "received_afghanistan"  # type: ignore[union-attr]
    assert reception_row(DATASET, "no_such_fact", "Marokko").fact is None
