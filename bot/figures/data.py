"""The figures dataset: plain records with their provenance, loaded from a YAML file.

`load_dataset(path)` reads `figures.yml` (next to this module by default); nothing is read at
import time. `check_sums(dataset)` lists every sum the data should close and the ones it does not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PATH = Path(__file__).with_name("figures.yml")

Key = str | int | None


@dataclass(frozen=True)
class Source:
    """A document the figures come from (a seed, or a news item of the second source)."""

    key: str
    path: str  # relative to the shared sources folder (seeds/…, sources/…)
    title: str
    url: str | None = None
    second: bool = False  # the second source (Fedasil's news items); the seeds win


@dataclass(frozen=True)
class Citation:
    """Where a figure is printed: the source, the exact text and the number as printed."""

    source: str
    quote: str
    printed: str


@dataclass(frozen=True)
class Figure:
    """One figure with its provenance."""

    group: str  # return | reception
    kind: str
    year: int
    value: float
    unit: str  # persons | percent | places | count
    source: str
    section: str
    quote: str
    printed: str
    period: str = "year"  # year | jan-sep
    part: str | None = None
    key: Key = None
    label: str | None = None
    qualifier: str | None = None
    note: str | None = None
    ref_year: int | None = None
    country: str | None = None
    years: tuple[int, ...] = ()
    sets: tuple[str, ...] = ()
    match: tuple[tuple[str, ...], ...] = ()
    hints: tuple[tuple[str, ...], ...] = ()
    also: tuple[Citation, ...] = ()
    differs: tuple[Citation, ...] = ()
    in_sums: bool = True

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every place this figure is printed, its own source first."""
        return (Citation(self.source, self.quote, self.printed), *self.also)

    @property
    def ident(self) -> str:
        """A readable id: kind:year:period:part:key:unit (and the year a change is measured on)."""
        parts = [self.kind, self.year, self.period, self.part, self.key, self.unit]
        if self.ref_year is not None:
            parts.append(f"on{self.ref_year}")
        return ":".join(str(x) for x in parts)


@dataclass(frozen=True)
class Dataset:
    """All figures, their sources and the footnotes answers repeat."""

    sources: Mapping[str, Source]
    figures: tuple[Figure, ...]
    notes: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def select(self, **criteria: Any) -> list[Figure]:
        """Figures whose attributes equal all the criteria (None means: the attribute is None)."""
        return [f for f in self.figures if all(getattr(f, k) == v for k, v in criteria.items())]

    def one(self, **criteria: Any) -> Figure | None:
        """The single figure matching the criteria, or None; ValueError if several match."""
        found = self.select(**criteria)
        if len(found) > 1:
            raise ValueError(f"{len(found)} figures match {criteria}")
        return found[0] if found else None

    def is_second(self, figure: Figure) -> bool:
        """True if the figure comes from the second source."""
        return self.sources[figure.source].second


def _citations(raw: Iterable[Mapping[str, Any]]) -> tuple[Citation, ...]:
    return tuple(Citation(c["source"], c["quote"], str(c["printed"])) for c in raw)


def _figure(raw: Mapping[str, Any]) -> Figure:
    data = dict(raw)
    data["printed"] = str(data["printed"])
    data["years"] = tuple(data.get("years", ()))
    data["sets"] = tuple(data.get("sets", ()))
    data["match"] = tuple(tuple(str(s) for s in group) for group in data.get("match", ()))
    data["hints"] = tuple(tuple(str(s) for s in group) for group in data.get("hints", ()))
    data["also"] = _citations(data.get("also", ()))
    data["differs"] = _citations(data.get("differs", ()))
    return Figure(**data)


def parse_dataset(raw: Mapping[str, Any]) -> Dataset:
    """Build the dataset from the parsed YAML: blocks give defaults to their `items`."""
    sources = {key: Source(key=key, **value) for key, value in raw["sources"].items()}
    figures: list[Figure] = []
    for block in raw["figures"]:
        defaults = {k: v for k, v in block.items() if k != "items"}
        for item in block.get("items", [{}]):
            figure = _figure({**defaults, **item})
            if figure.source not in sources:
                raise ValueError(f"{figure.ident}: unknown source {figure.source}")
            figures.append(figure)
    return Dataset(sources=sources, figures=tuple(figures), notes=dict(raw.get("notes", {})))


def load_dataset(path: Path = DEFAULT_PATH) -> Dataset:
    """Read the dataset from a YAML file."""
    with open(path, encoding="utf-8") as handle:
        return parse_dataset(yaml.safe_load(handle))


# ------------------------------------------------------------------------------ sum checks


@dataclass(frozen=True)
class SumCheck:
    """One sum: the parts added up (`computed`) against the published total."""

    check: str
    computed: float
    published: float

    @property
    def closes(self) -> bool:
        return round(self.computed, 6) == round(self.published, 6)


def _sum(figures: Iterable[Figure]) -> float:
    return round(sum(f.value for f in figures), 6)


def check_sums(dataset: Dataset) -> list[SumCheck]:
    """Every sum in the data: months against years, parts (Fedasil + DVZ) against totals,
    countries plus "Andere" against totals, counts and shares of a breakdown against the total
    and 100%, and the reception tables (`sets`)."""
    checks: list[SumCheck] = []
    ret = [f for f in dataset.figures if f.group == "return"]

    def total(year: int, period: str, part: str = "total") -> Figure | None:
        return dataset.one(group="return", kind="total", year=year, period=period, part=part)

    # Months against the year (or the partial year they cover), per part.
    months: dict[tuple[int, str, str], list[Figure]] = defaultdict(list)
    for f in ret:
        if f.kind == "month":
            months[(f.year, f.period, f.part or "total")].append(f)
    for (year, period, part), items in sorted(months.items()):
        published = total(year, period, part)
        if published is None:
            continue
        checks.append(SumCheck(f"months:{year}:{part}", _sum(items), published.value))
    # Each month: Fedasil + DVZ = total.
    for (year, _period, part), items in sorted(months.items()):
        if part != "total":
            continue
        for f in items:
            split = [
                g
                for g in ret
                if g.kind == "month" and g.year == year and g.key == f.key and g.part in ("fedasil", "dvz")
            ]
            if len(split) == 2:
                checks.append(SumCheck(f"month-parts:{year}:{f.key}", _sum(split), f.value))

    # Fedasil + DVZ against the total of the year.
    for f in ret:
        if f.kind == "total" and f.part == "total":
            split = [s for s in (total(f.year, f.period, p) for p in ("fedasil", "dvz")) if s is not None]
            if len(split) == 2:
                checks.append(SumCheck(f"parts:{f.year}", _sum(split), f.value))

    # Countries plus "Andere" against the total (all returns, or those with reintegration support).
    lists: dict[tuple[int, str, str], list[Figure]] = defaultdict(list)
    for f in ret:
        if f.kind == "country" and f.part in ("all", "reintegration"):
            lists[(f.year, f.period, f.part)].append(f)
    for (year, period, part), items in sorted(lists.items()):
        if not any(f.key == "Andere" for f in items):
            continue  # a top-N list without "Andere" does not add up to anything
        if part == "all":
            published = total(year, period)
        else:
            published = dataset.one(
                group="return", kind="reintegration", year=year, key="count", source=items[0].source
            )
        if published is None:
            raise ValueError(f"no total for the country list {year} {part}")
        checks.append(SumCheck(f"countries:{year}:{part}", _sum(items), published.value))

    # Breakdowns (profile, channel, age, gender, family) of one year from one source.
    breakdowns: dict[tuple[str, int, str, str, str], list[Figure]] = defaultdict(list)
    for f in ret:
        if f.kind in ("profile", "channel", "age", "gender", "family") and f.in_sums:
            breakdowns[(f.kind, f.year, f.period, f.unit, f.source)].append(f)
    for (kind, year, period, unit, source), items in sorted(breakdowns.items()):
        if dataset.sources[source].second:
            continue  # the news items name single shares, not whole breakdowns
        if unit == "percent":
            checks.append(SumCheck(f"shares:{kind}:{year}:{period}", _sum(items), 100.0))
        else:
            published = total(year, period)
            if published is not None:
                checks.append(SumCheck(f"counts:{kind}:{year}:{period}", _sum(items), published.value))

    # Reception tables: the parts of a set against its total, or shares against 100%.
    sets: dict[str, list[Figure]] = defaultdict(list)
    totals: dict[str, Figure] = {}
    for f in dataset.figures:
        for name in f.sets:
            if name.endswith(":total"):
                totals[name[: -len(":total")]] = f
            else:
                sets[name].append(f)
    for name, items in sorted(sets.items()):
        if name in totals:
            checks.append(SumCheck(f"sets:{name}", _sum(items), totals[name].value))
        elif all(f.unit == "percent" for f in items):
            checks.append(SumCheck(f"sets:{name}", _sum(items), 100.0))
        else:
            raise ValueError(f"set {name} has neither a total nor shares")
    return checks
