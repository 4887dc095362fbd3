"""Series with one value per year: re-integration support, Dublin departures, DVZ returns, the bus.

One year gives one figure; several years, a range or a comparison give the list year by year
(`series`), which bot/figures/kinds/compare.py also uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.figures import dutch, phrases
from bot.figures.data import Dataset, Figure
from bot.figures.model import Kind, Query, Reply
from bot.figures.render import maybe_value, not_available, period_of, responder, source_line, value_text, years_text
from bot.figures.select import first_seed, prefer_seed, reintegration_text, year_or_latest, years_wanted

RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_reintegration": ("period", "value", "share", "source"),
    "utter_figure_reintegration_share": ("period", "share", "source"),
    "utter_figure_reintegration_count": ("period", "value", "source"),
    "utter_figure_dublin": ("period", "value", "source"),
    "utter_figure_dvz": ("period", "value", "total", "source"),
    "utter_figure_bus": ("period", "value", "total", "source"),
}
reply = responder(RESPONSES)
Select = Callable[[Dataset], list[Figure]]


def _reintegration(dataset: Dataset) -> list[Figure]:
    return dataset.select(group="return", kind="reintegration")


def _dublin(dataset: Dataset) -> list[Figure]:
    return dataset.select(group="return", kind="dublin")


def _dvz(dataset: Dataset) -> list[Figure]:
    return dataset.select(group="return", kind="total", part="dvz")


def _bus(dataset: Dataset) -> list[Figure]:
    return dataset.select(group="return", kind="bus")


def _series(select: Select, by_key: bool) -> Callable[[Dataset, Query, str], Reply]:
    """One line per year; `by_key`: a count and a share per year (re-integration support)."""

    def series(dataset: Dataset, query: Query, topic: str) -> Reply:
        figures = select(dataset)
        wanted = years_wanted(query)
        years = sorted({f.year for f in figures if wanted is None or f.year in wanted})
        if not years:
            return not_available(query, topic, years_text(wanted or ()), figures)
        items, used = [], []
        for year in years:
            of_year = [f for f in figures if f.year == year]
            if by_key:
                share, count = first_seed(dataset, of_year, "share"), first_seed(dataset, of_year, "count")
                used += [f for f in (share, count) if f]
                items.append(phrases.PERIOD_VALUE.format(period=year, value=reintegration_text(share, count)))
            else:
                figure = prefer_seed(dataset, of_year)[0]
                used.append(figure)
                items.append(phrases.PERIOD_VALUE.format(period=period_of(figure), value=value_text(figure)))
        return reply(
            "utter_figure_per_year", query, topic=topic, items=dutch.join_list(items), source=source_line(dataset, used)
        )

    return series


reintegration_series = _series(_reintegration, by_key=True)
dublin_series = _series(_dublin, by_key=False)
dvz_series = _series(_dvz, by_key=False)


def _several_years(query: Query) -> bool:
    return not query.years or len(query.years) > 1 or query.year_range is not None


def answer_reintegration(dataset: Dataset, query: Query) -> Reply:
    all_figures = _reintegration(dataset)
    if len(query.years) > 1 or query.year_range or (query.kind in ("compare", "trend")):
        return reintegration_series(dataset, query, phrases.TOPIC_REINTEGRATION)
    year = year_or_latest(query, all_figures)
    figures = [f for f in all_figures if f.year == year]
    share, count = first_seed(dataset, figures, "share"), first_seed(dataset, figures, "count")
    period = str(year)
    source = source_line(dataset, [f for f in (count, share) if f])
    if share and count:
        return reply(
            "utter_figure_reintegration",
            query,
            period=period,
            value=value_text(count),
            share=value_text(share),
            source=source,
        )
    if share:
        return reply("utter_figure_reintegration_share", query, period=period, share=value_text(share), source=source)
    if count:
        return reply("utter_figure_reintegration_count", query, period=period, value=value_text(count), source=source)
    return not_available(query, phrases.TOPIC_REINTEGRATION, str(year), all_figures)


def _one_year(figures: Sequence[Figure], query: Query) -> Figure | None:
    return next((f for f in figures if f.year == query.years[0]), None)


def answer_dublin(dataset: Dataset, query: Query) -> Reply:
    figures = _dublin(dataset)
    if _several_years(query):
        return dublin_series(dataset, query, phrases.TOPIC_DUBLIN_SERIES)
    figure = _one_year(figures, query)
    if figure is None:
        return not_available(query, phrases.TOPIC_DUBLIN, str(query.years[0]), figures)
    return reply(
        "utter_figure_dublin",
        query,
        period=period_of(figure),
        value=value_text(figure),
        source=source_line(dataset, [figure]),
    )


def answer_dvz(dataset: Dataset, query: Query) -> Reply:
    figures = _dvz(dataset)
    bus_years = {f.year for f in _bus(dataset)}
    # A year without a DVZ figure but with bus journeys (2011): the bus journeys were DVZ's.
    if query.years and not any(f.year == query.years[0] for f in figures) and query.years[0] in bus_years:
        return answer_bus(dataset, query)
    if _several_years(query):
        return dvz_series(dataset, query, phrases.TOPIC_DVZ_SERIES)
    figure = _one_year(figures, query)
    if figure is None:
        return not_available(query, phrases.TOPIC_DVZ, str(query.years[0]), figures)
    total = dataset.one(group="return", kind="total", part="total", year=figure.year, period=figure.period)
    return reply(
        "utter_figure_dvz",
        query,
        period=period_of(figure),
        value=value_text(figure),
        total=maybe_value(total),
        source=source_line(dataset, [figure]),
    )


def answer_bus(dataset: Dataset, query: Query) -> Reply:
    figures = _bus(dataset)
    year = year_or_latest(query, figures)
    figure = next((f for f in figures if f.year == year), None)
    if figure is None:
        return not_available(query, phrases.TOPIC_BUS, str(year), figures)
    total = dataset.one(group="return", kind="total", part="total", year=figure.year, period="year")
    return reply(
        "utter_figure_bus",
        query,
        period=period_of(figure),
        value=value_text(figure),
        total=maybe_value(total),
        source=source_line(dataset, [figure]),
    )


def _only(*names: str) -> dict[str, tuple[str, ...]]:
    return {name: RESPONSES[name] for name in names}


KINDS = (
    Kind("bus", 65, answer_bus, _only("utter_figure_bus")),
    Kind(
        "dublin",
        60,
        answer_dublin,
        _only("utter_figure_dublin"),
        series=dublin_series,
        compare_topic=phrases.TOPIC_DUBLIN,
    ),
    Kind("dvz", 55, answer_dvz, _only("utter_figure_dvz"), series=dvz_series, compare_topic=phrases.TOPIC_DVZ_COMPARE),
    Kind(
        "reintegration",
        50,
        answer_reintegration,
        _only("utter_figure_reintegration", "utter_figure_reintegration_share", "utter_figure_reintegration_count"),
        series=reintegration_series,
        compare_topic=phrases.TOPIC_REINTEGRATION,
    ),
)
