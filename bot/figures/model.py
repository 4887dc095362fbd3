"""The types between the steps: `Query` (what is asked, kept in one slot), `Reply`, `Kind`.

`Query.to_slot()` / `Query.from_slot()` keep a query between turns in the one `figure_query`
slot (a plain dict). `from_slot` checks every field, so a crafted or outdated slot value is read
as "no previous question", never as a wrong one and never as an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.figures import vocabulary as vocab
from bot.figures.data import Dataset
from bot.figures.parse import Question

# top_n for "alle landen" / "de andere landen": the whole list, with "Andere".
WHOLE_LIST = 0
# The years a question can name (explicit years 1950-2099, "99 jaar geleden", "volgend jaar").
YEARS = range(1900, 2101)
MAX_TOP_N = 50
SCOPES = ("all", "reintegration")


@dataclass(frozen=True)
class Query:
    """What the user asks for; empty fields take defaults when answering."""

    kind: str
    years: tuple[int, ...] = ()
    year_range: tuple[int, int] | None = None
    month: int | None = None
    country: str | None = None
    profile: str | None = None
    top_n: int | None = None
    scope: str = "all"  # all | reintegration (country lists with reintegration support)
    low: bool = False  # the lowest year instead of the peak
    reception: str | None = None  # key of the reception fact asked for
    subject: str | None = None  # compare/trend: the per-year kind compared (None: totals); peak: "month"

    def to_slot(self) -> dict[str, Any]:
        """The value of the `figure_query` slot: only the fields that are set."""
        value: dict[str, Any] = {"kind": self.kind}
        if self.years:
            value["years"] = list(self.years)
        if self.year_range:
            value["year_range"] = list(self.year_range)
        for name in ("month", "country", "profile", "top_n", "reception", "subject"):
            if getattr(self, name) is not None:
                value[name] = getattr(self, name)
        if self.scope != "all":
            value["scope"] = self.scope
        # `low` ("het laagste jaar") is not kept, as before the typed slot: a follow-up asks for the peak.
        return value

    @classmethod
    def from_slot(cls, value: object, check: SlotCheck) -> Query | None:
        """The query kept in the slot, or None: no figure asked yet, or any field not valid."""
        if not isinstance(value, Mapping) or set(value) - SLOT_FIELDS:
            return None
        try:
            return cls(
                kind=_one_of(value.get("kind"), check.kinds, required=True),
                years=tuple(_year(y) for y in _list(value.get("years", []), 0, 10)),
                year_range=_year_range(value.get("year_range")),
                month=_int(value.get("month"), range(1, 13)),
                country=_one_of(value.get("country"), check.countries),
                profile=_one_of(value.get("profile"), check.profiles),
                top_n=_int(value.get("top_n"), range(MAX_TOP_N + 1)),
                scope=_one_of(value.get("scope", "all"), SCOPES, required=True),
                reception=_one_of(value.get("reception"), check.reception_keys),
                subject=_one_of(value.get("subject"), check.subjects),
            )
        except ValueError:
            return None


SLOT_FIELDS = frozenset(
    ("kind", "years", "year_range", "month", "country", "profile", "top_n", "scope", "reception", "subject")
)


@dataclass(frozen=True)
class SlotCheck:
    """The values a slot field may take (from the kinds, the vocabulary and the dataset)."""

    kinds: frozenset[str]
    countries: frozenset[str]
    profiles: frozenset[str]
    reception_keys: frozenset[str]
    subjects: frozenset[str]


def _list(value: object, low: int, high: int) -> list[Any]:
    if not isinstance(value, list) or not low <= len(value) <= high:
        raise ValueError(value)
    return value


def _int(value: object, allowed: range) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        raise ValueError(value)
    return value


def _year(value: object) -> int:
    year = _int(value, YEARS)
    if year is None:
        raise ValueError(value)
    return year


def _year_range(value: object) -> tuple[int, int] | None:
    if value is None:
        return None
    first, last = (_year(y) for y in _list(value, 2, 2))
    if first > last:
        raise ValueError(value)
    return first, last


def _one_of(value: object, allowed: Any, required: bool = False) -> Any:
    if value is None and not required:
        return None
    if not isinstance(value, str) or value not in allowed:
        raise ValueError(value)
    return value


@dataclass(frozen=True)
class Reply:
    """A response name, the values that fill it, and the query to keep for follow-ups.

    `response` is None when the message turned out not to be a figure question.
    """

    response: str | None
    values: Mapping[str, str]
    query: Query | None


Answer = Callable[[Dataset, Query], Reply]
Series = Callable[[Dataset, Query, str], Reply]


@dataclass(frozen=True)
class Kind:
    """One kind of figure question: a module in bot/figures/kinds/ exports it as `KIND` (or `KINDS`).

    - `precedence`: when a question names several kinds, the highest asked one wins;
    - `asked(question)`: does the question ask for it (default: its words are in the question);
    - `responses`: every domain.yml response it answers with, and the values each needs;
    - `asking`: its words ask for something new in a follow-up ("en de top 5?"); a follow-up that only
      names a value of this kind (a year, a country) keeps the previous question;
    - `series(dataset, query, topic)`: for a kind with one value per year, the year-by-year list that
      comparisons and evolutions of it give (`compare_topic` names it there).
    """

    name: str
    precedence: int
    answer: Answer
    responses: Mapping[str, tuple[str, ...]]
    asked: Callable[[Question], bool] | None = None
    asking: bool = True
    series: Series | None = None
    compare_topic: str = ""

    @property
    def words(self) -> tuple[str, ...]:
        """Its row in the vocabulary (bot/figures/vocabulary/kinds.py): the words that ask for it."""
        return vocab.KIND_WORDS.get(self.name, ())

    @property
    def per_year(self) -> bool:
        return self.series is not None

    def is_asked(self, question: Question) -> bool:
        return self.asked(question) if self.asked is not None else self.name in question.kinds
