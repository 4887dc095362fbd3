"""Dutch notation: numbers (2.952; 27,2%), lists ("a, b en c"), months and periods."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

Number = int | float

MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

PARTIAL_PERIODS: dict[str, tuple[int, int]] = {"jan-sep": (1, 9)}


def _decimal(value: Number) -> Decimal:
    """The value as a Decimal without float noise (27.2 stays 27.2)."""
    return Decimal(str(value)).normalize()


def format_int(value: Number) -> str:
    """A whole number with a dot between thousands: 2952 -> "2.952", -145 -> "-145"."""
    number = int(round(value))
    digits = f"{abs(number):,}".replace(",", ".")
    return f"-{digits}" if number < 0 else digits


def format_decimal(value: Number, places: int | None = None) -> str:
    """A number with a decimal comma: 27.2 -> "27,2", 70 -> "70", 10.444 (places=1) -> "10,4"."""
    if places is not None:
        value = round(float(value), places)
    number = _decimal(value)
    if number == number.to_integral_value():
        return format_int(int(number))
    sign = "-" if number < 0 else ""
    whole, fraction = f"{abs(number):f}".split(".")
    return f"{sign}{format_int(int(whole))},{fraction}"


def format_percent(value: Number, places: int | None = None) -> str:
    """A share in Dutch notation: 27.2 -> "27,2%"."""
    return f"{format_decimal(value, places)}%"


def format_value(value: Number, unit: str, qualifier: str | None = None) -> str:
    """A figure as an answer shows it: "3.587", "27,2%", "bijna 300", "meer dan 1%"."""
    text = format_percent(value) if unit == "percent" else format_decimal(value)
    return f"{qualifier} {text}" if qualifier else text


def format_change(value: Number, unit: str = "percent", places: int | None = None) -> str:
    """A signed change: +10%, -4,5%, +279."""
    sign = "+" if value > 0 else ""
    text = format_percent(value, places) if unit == "percent" else format_decimal(value, places)
    return f"{sign}{text}"


def join_list(items: Sequence[str], last: str = "en") -> str:
    """ "a", "a en b", "a, b en c"."""
    items = [item for item in items if item]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def month_name(month: int) -> str:
    """1 -> "januari"."""
    return MONTHS[month - 1]


def partial_period_name(period: str) -> str:
    """ "jan-sep" -> "januari tot en met september"."""
    first, last = PARTIAL_PERIODS[period]
    return f"{month_name(first)} tot en met {month_name(last)}"


def period_name(year: int, period: str = "year", month: int | None = None) -> str:
    """ "2023", "maart 2014", "januari tot en met september 2025"."""
    if month is not None:
        return f"{month_name(month)} {year}"
    if period in PARTIAL_PERIODS:
        return f"{partial_period_name(period)} {year}"
    return str(year)


_PRINTED = re.compile(r"^(?P<sign>[+\-−])?(?P<number>\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(?P<fraction>\d+))?%?\*?$")


def parse_printed(printed: str) -> float:
    """The value of a number as a source prints it: "3.587", "2 397", "1134", "27,2%", ">1", "−4,5%".

    Raises ValueError for anything else.
    """
    text = printed.strip().lstrip(">")
    match = _PRINTED.match(text)
    if not match:
        raise ValueError(f"not a printed number: {printed!r}")
    whole = int(re.sub(r"[. ]", "", match["number"]))
    value = float(f"{whole}.{match['fraction']}") if match["fraction"] else float(whole)
    return -value if match["sign"] in ("-", "−") else value
