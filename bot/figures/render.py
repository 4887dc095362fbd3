"""Values for the responses: figures in Dutch notation, periods, lists, the source line.

`responder(responses)` gives a kind its `reply(response, query, **values)`, which checks that the
values match what the response needs (tests check the same against domain.yml). Three responses
are shared by every kind: a year without data, a topic without data, and a year-by-year list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from bot.figures import dutch, phrases
from bot.figures.data import Dataset, Figure
from bot.figures.model import Query, Reply

Responder = Callable[..., Reply]

SHARED_RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_year_unknown": ("year", "available"),
    "utter_figure_not_available": ("topic", "period", "available"),
    "utter_figure_per_year": ("topic", "items", "source"),
}


def responder(responses: Mapping[str, tuple[str, ...]]) -> Responder:
    """`reply(response, query, **values)` for these responses (and the shared ones)."""
    known = {**SHARED_RESPONSES, **responses}

    def reply(response: str, query: Query, **values: Any) -> Reply:
        expected = known[response]
        missing = set(expected) - set(values)
        if missing:
            raise ValueError(f"{response} needs {sorted(missing)}")
        return Reply(response, {k: str(values[k]) for k in expected}, query)

    return reply


shared_reply = responder({})


def value_text(figure: Figure) -> str:
    """A figure as the answer shows it: "2.952", "27,2%", "bijna 300"."""
    return dutch.format_value(figure.value, figure.unit, figure.qualifier)


def maybe_value(figure: Figure | None) -> str:
    """The figure, or "geen cijfer"."""
    return value_text(figure) if figure is not None else phrases.NO_FIGURE


def period_of(figure: Figure) -> str:
    return dutch.period_name(figure.year, figure.period)


def source_line(dataset: Dataset, figures: Iterable[Figure]) -> str:
    """ "Bron: Fedasil, Balans 2023 (jaarverslag)." plus the second source, labelled as such."""
    keys = list(dict.fromkeys(f.source for f in figures))
    seeds = [dataset.sources[k] for k in keys if not dataset.sources[k].second]
    second = [dataset.sources[k] for k in keys if dataset.sources[k].second]
    parts = []
    if seeds:
        template = phrases.SOURCE_ONE if len(seeds) == 1 else phrases.SOURCE_MANY
        parts.append(template.format(titles="; ".join(s.title for s in seeds)))
    if 0 < len(second) <= 2:
        items = "; ".join(phrases.SECOND_SOURCE_ITEM.format(title=s.title, url=s.url) for s in second)
        parts.append(phrases.SECOND_SOURCE.format(items=items))
    elif second:
        parts.append(phrases.SECOND_SOURCE_MANY.format(n=len(second)))
    return " ".join(parts)


def _runs(years: Iterable[int]) -> list[str]:
    """2007..2025 -> ["2007 tot en met 2025"]; [2013, 2014, 2023] -> ["2013", "2014", "2023"]."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    items: list[str] = []
    for run in runs:
        items += [phrases.YEARS_RUN.format(first=run[0], last=run[-1])] if len(run) > 2 else [str(y) for y in run]
    return items


def years_text(years: Iterable[int]) -> str:
    """2007..2025 -> "2007 tot en met 2025"; [2013, 2014, 2023] -> "2013, 2014 en 2023"."""
    return dutch.join_list(_runs(years))


def periods_text(figures: Iterable[Figure]) -> str:
    """The periods some figures cover: "2013, 2014 en januari tot en met september 2025"."""
    periods = sorted({(f.year, f.period) for f in figures})
    full = sorted({y for y, p in periods if p == "year"})
    partial = [dutch.period_name(y, p) for y, p in periods if p != "year" and y not in full]
    return dutch.join_list(_runs(full) + partial)


def country_items(figures: Sequence[Figure]) -> str:
    """ "Marokko (245), Roemenië (201) en Brazilië (180)"."""
    return dutch.join_list([phrases.COUNTRY_ITEM.format(country=f.key, value=value_text(f)) for f in figures])


def per_year_items(items: Sequence[tuple[str, str]]) -> str:
    """ "2013: 10, 2014: 12 en 2023: 20" from (period, value) pairs."""
    return dutch.join_list([phrases.PERIOD_VALUE.format(period=p, value=v) for p, v in items])


def change_text(old: float, new: float) -> str:
    """ "een stijging met 279 personen (+10,4%)", or "evenveel"."""
    difference = new - old
    if difference == 0:
        return phrases.SAME
    word = phrases.RISE if difference > 0 else phrases.FALL
    percent = dutch.format_change(difference / old * 100, "percent", places=1)
    return phrases.CHANGE.format(word=word, difference=dutch.format_int(abs(difference)), percent=percent)


def not_available(query: Query, topic: str, period: str, available: Iterable[Figure]) -> Reply:
    """No figure for this topic and period; the periods that do have one."""
    return shared_reply(
        "utter_figure_not_available", query, topic=topic, period=period, available=periods_text(available)
    )
