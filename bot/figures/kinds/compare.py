"""Across years: a comparison ("meer dan in 2022?"), an evolution ("sinds 2019"), the peak or low."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.figures import dutch, phrases
from bot.figures.data import Dataset, Figure
from bot.figures.kinds import country, registry
from bot.figures.model import Kind, Query, Reply
from bot.figures.render import change_text, not_available, period_of, responder, source_line, value_text
from bot.figures.select import latest_year, totals, whole_year_totals, year_unknown, years_wanted

RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_compare": ("period_a", "value_a", "period_b", "value_b", "change", "source"),
    "utter_figure_compare_published": ("period_a", "value_a", "period_b", "value_b", "change", "published", "source"),
    "utter_figure_compare_country": ("country", "period_a", "value_a", "period_b", "value_b", "change", "source"),
    "utter_figure_trend": ("items", "source"),
    "utter_figure_peak": ("first", "last", "year", "value", "source"),
    "utter_figure_low": ("first", "last", "year", "value", "source"),
    "utter_figure_peak_month": ("period", "month", "value", "source"),
    "utter_figure_low_month": ("period", "month", "value", "source"),
}
reply = responder(RESPONSES)


def _series_of(query: Query) -> Kind | None:
    """The per-year kind compared ("re-integratiesteun per jaar"), or None for the totals."""
    subject = registry().get(query.subject or "")
    return subject if subject is not None and subject.series is not None else None


def _compare_years(query: Query, available: Sequence[int]) -> tuple[int, int]:
    if len(query.years) >= 2:
        first, second = sorted(query.years[:2])
    elif query.year_range:
        first, second = query.year_range
        second = min(second, max(available))
    elif query.years:
        second = query.years[0]
        first = second - 1
    else:
        second = max(available)
        first = second - 1
    return first, second


def answer_compare(dataset: Dataset, query: Query) -> Reply:
    series = _series_of(query)
    if series is not None and series.series is not None:
        return series.series(dataset, query, series.compare_topic)
    whole = whole_year_totals(dataset)
    first, second = _compare_years(query, list(whole))
    if query.subject == "country" and query.country:
        return _compare_country(dataset, query, first, second)
    for year in (first, second):
        if year not in whole:
            return year_unknown(dataset, query, year)
    a, b = whole[first], whole[second]
    values = dict(
        period_a=str(first),
        value_a=value_text(a),
        period_b=str(second),
        value_b=value_text(b),
        change=change_text(a.value, b.value),
    )
    published = dataset.one(group="return", kind="change", year=second, ref_year=first)
    if published is not None:
        return reply(
            "utter_figure_compare_published",
            query,
            published=dutch.format_change(published.value),
            source=source_line(dataset, [a, b, published]),
            **values,
        )
    return reply("utter_figure_compare", query, source=source_line(dataset, [a, b]), **values)


def _compare_country(dataset: Dataset, query: Query, first: int, second: int) -> Reply:
    found = {}
    for year in (first, second):
        candidates = [
            f
            for f in dataset.select(group="return", kind="country", year=year)
            if f.key == query.country and f.part in ("all", "mentioned")
        ]
        whole = [f for f in candidates if f.period == "year"]
        if not candidates:
            return country.answer(dataset, replace(query, kind="country", years=(year,), subject=None))
        found[year] = (whole or candidates)[0]
    a, b = found[first], found[second]
    return reply(
        "utter_figure_compare_country",
        query,
        country=query.country,
        period_a=period_of(a),
        value_a=value_text(a),
        period_b=period_of(b),
        value_b=value_text(b),
        change=change_text(a.value, b.value),
        source=source_line(dataset, [a, b]),
    )


def answer_trend(dataset: Dataset, query: Query) -> Reply:
    if _series_of(query) is not None:
        return answer_compare(dataset, query)
    if query.subject == "country" and query.country:
        return country.country_years(dataset, query, query.country)
    all_totals = totals(dataset)
    wanted = years_wanted(query)
    years = sorted(y for y in all_totals if wanted is None or y in wanted)
    if not years:
        return year_unknown(dataset, query, min(wanted) if wanted else 0)
    items, used = [], []
    for year in years:
        whole, partial = all_totals[year]
        if whole and partial:
            items.append(
                phrases.YEAR_WHOLE_AND_PARTIAL.format(
                    year=year,
                    whole=value_text(whole),
                    partial_period=dutch.partial_period_name(partial.period),
                    partial=value_text(partial),
                )
            )
            used += [whole, partial]
        elif whole:
            items.append(phrases.PERIOD_VALUE.format(period=year, value=value_text(whole)))
            used.append(whole)
        elif partial:
            items.append(phrases.PERIOD_VALUE.format(period=period_of(partial), value=value_text(partial)))
            used.append(partial)
    return reply("utter_figure_trend", query, items=", ".join(items), source=source_line(dataset, used))


def _peak_month(dataset: Dataset, query: Query) -> Reply:
    """The busiest (or quietest) month of a year with monthly figures."""
    months = dataset.select(group="return", kind="month", part="total")
    year = query.years[0] if query.years else latest_year([f for f in months if f.period == "year"])
    of_year = [f for f in months if f.year == year]
    if not of_year:
        return not_available(query, phrases.TOPIC_MONTH, str(year), months)
    pick = min if query.low else max
    figure: Figure = pick(of_year, key=lambda f: f.value)
    return reply(
        "utter_figure_low_month" if query.low else "utter_figure_peak_month",
        query,
        period=period_of(figure) if figure.period != "year" else str(year),
        month=dutch.month_name(int(str(figure.key))),
        value=value_text(figure),
        source=source_line(dataset, [figure]),
    )


def answer_peak(dataset: Dataset, query: Query) -> Reply:
    if query.subject == "month":
        return _peak_month(dataset, query)
    whole = whole_year_totals(dataset)
    wanted = years_wanted(query) or (set(query.years) if query.years else None)
    years = [y for y in whole if wanted is None or y in wanted]
    if not years:
        return year_unknown(dataset, query, min(wanted) if wanted else 0)
    pick = min if query.low else max
    year = pick(years, key=lambda y: whole[y].value)
    return reply(
        "utter_figure_low" if query.low else "utter_figure_peak",
        query,
        first=min(years),
        last=max(years),
        year=year,
        value=value_text(whole[year]),
        source=source_line(dataset, [whole[year]]),
    )


def _only(*names: str) -> dict[str, tuple[str, ...]]:
    return {name: RESPONSES[name] for name in names}


KINDS = (
    Kind(
        "peak",
        95,
        answer_peak,
        _only("utter_figure_peak", "utter_figure_low", "utter_figure_peak_month", "utter_figure_low_month"),
    ),
    # "meer dan in 2022?": a comparison, unless it only names a month ("meer dan in maart?").
    Kind(
        "compare",
        90,
        answer_compare,
        _only("utter_figure_compare", "utter_figure_compare_published", "utter_figure_compare_country"),
        asked=lambda q: "compare" in q.kinds and (len(q.years) >= 1 or q.year_range is not None or not q.months),
    ),
    Kind(
        "trend",
        85,
        answer_trend,
        _only("utter_figure_trend"),
        asked=lambda q: "trend" in q.kinds or q.year_range is not None,
    ),
)
