"""bot/figures/render.py: values, periods, lists, changes and the responder's check."""

from __future__ import annotations

import pytest

from bot.figures.model import Query
from bot.figures.render import change_text, country_items, periods_text, responder, value_text, years_text
from tests.figures_support import DATASET


def test_years_and_periods() -> None:
    assert years_text([2007, 2008, 2009, 2013, 2014]) == "2007 tot en met 2009, 2013 en 2014"
    months = DATASET.select(group="return", kind="month", part="total")
    assert periods_text(months) == "2013, 2014 en januari tot en met september 2025"


def test_values_lists_and_changes() -> None:
    total = DATASET.one(group="return", kind="total", part="total", year=2023)
    assert total is not None and value_text(total) == "2.952"
    ranked = sorted(DATASET.select(group="return", kind="country", year=2023, part="all"), key=lambda f: -f.value)
    assert country_items(ranked[:2]).count("(") == 2 and " en " in country_items(ranked[:2])
    assert change_text(100, 110) == "een stijging met 10 personen (+10%)"
    assert change_text(200, 150) == "een daling met 50 personen (-25%)"
    assert change_text(5, 5) == "evenveel"


def test_the_responder_checks_the_values() -> None:
    reply = responder({"utter_x": ("a", "b")})
    assert dict(reply("utter_x", Query("total"), a=1, b="2", c=3).values) == {"a": "1", "b": "2"}
    with pytest.raises(ValueError, match="needs"):
        reply("utter_x", Query("total"), a=1)
    assert (
        reply("utter_figure_year_unknown", Query("total"), year=1, available="x").response
        == "utter_figure_year_unknown"
    )
