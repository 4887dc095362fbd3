"""bot/figures/dutch.py: numbers, lists and periods in Dutch notation."""

from __future__ import annotations

import pytest

from bot.figures import dutch


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "expected"),
    [
        (2952, "persons", None, "2.952"),
        (35651, "places", None, "35.651"),
        (3587.0, "persons", None, "3.587"),
        (141, "persons", None, "141"),
        (27.2, "percent", None, "27,2%"),
        (70, "percent", None, "70%"),
        (18.5, "percent", None, "18,5%"),
        (300, "persons", "bijna", "bijna 300"),
        (1, "percent", "meer dan", "meer dan 1%"),
        (1234567, "count", None, "1.234.567"),
    ],
)
def test_format_value(value: float, unit: str, qualifier: str, expected: str) -> None:
    assert dutch.format_value(value, unit, qualifier) == expected


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [(10.4433, 1, "+10,4%"), (-4.44, 1, "-4,4%"), (10, None, "+10%"), (-4.5, None, "-4,5%"), (0, None, "0%")],
)
def test_format_change(value: float, places: int, expected: str) -> None:
    assert dutch.format_change(value, places=places) == expected


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("3.587", 3587),
        ("2 397", 2397),
        ("1134", 1134),
        ("27,2%", 27.2),
        ("18,5", 18.5),
        (">1", 1),
        ("+5%", 5),
        ("−4,5%", -4.5),
        ("-3%", -3),
        ("4.585*", 4585),
        ("35 651", 35651),
    ],
)
def test_parse_printed(printed: str, value: float) -> None:
    assert dutch.parse_printed(printed) == value


@pytest.mark.parametrize("printed", ["", "ongeveer", "3.58", "1,2,3", "12a"])
def test_parse_printed_rejects_what_is_not_a_number(printed: str) -> None:
    with pytest.raises(ValueError):
        dutch.parse_printed(printed)


@pytest.mark.parametrize(
    ("items", "expected"),
    [([], ""), (["a"], "a"), (["a", "b"], "a en b"), (["a", "b", "c"], "a, b en c"), (["a", "", "c"], "a en c")],
)
def test_join_list(items: list[str], expected: str) -> None:
    assert dutch.join_list(items) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((2023,), "2023"),
        ((2025, "jan-sep"), "januari tot en met september 2025"),
        ((2014, "year", 3), "maart 2014"),
        ((2013, "year", 12), "december 2013"),
    ],
)
def test_period_name(args: tuple, expected: str) -> None:
    assert dutch.period_name(*args) == expected
