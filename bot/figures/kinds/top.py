"""The list of countries: "wat is de top 5 van 2023?", "alle landen", "met re-integratiesteun"."""

from __future__ import annotations

from bot.figures import dutch, phrases
from bot.figures.data import Dataset
from bot.figures.model import WHOLE_LIST, Kind, Query, Reply
from bot.figures.render import country_items, not_available, period_of, responder, source_line, value_text
from bot.figures.select import latest_year, other_countries, ranked

RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_top": ("n", "period", "items", "source"),
    "utter_figure_top_reintegration": ("n", "period", "items", "source"),
    "utter_figure_top_shorter": ("asked", "n", "period", "items", "source"),
    "utter_figure_top_mentioned": ("period", "items", "source"),
}
reply = responder(RESPONSES)
DEFAULT_TOP = 5


def answer(dataset: Dataset, query: Query) -> Reply:
    part = "reintegration" if query.scope == "reintegration" else "all"
    lists = dataset.select(group="return", kind="country", part=part)
    year = query.years[0] if query.years else latest_year(lists)
    assert year is not None
    countries = ranked(dataset, year, part)
    if not countries:
        mentioned = ranked(dataset, year, "mentioned") if part == "all" else []
        if mentioned:
            return reply(
                "utter_figure_top_mentioned",
                query,
                period=str(year),
                items=country_items(mentioned),
                source=source_line(dataset, mentioned),
            )
        topic = phrases.TOPIC_TOP_REINTEGRATION if part == "reintegration" else phrases.TOPIC_TOP
        return not_available(query, topic, str(year), [f for f in lists if not dataset.is_second(f)])
    asked = len(countries) if query.top_n == WHOLE_LIST else (query.top_n or DEFAULT_TOP)
    shown = countries[:asked]
    period = period_of(shown[0])
    items = country_items(shown)
    other = other_countries(dataset, year, part)
    if other is not None and asked >= len(countries):  # the whole list: "Andere" closes it
        items = dutch.join_list(
            [
                *(phrases.COUNTRY_ITEM.format(country=f.key, value=value_text(f)) for f in shown),
                phrases.OTHER_COUNTRIES_ITEM.format(value=value_text(other)),
            ]
        )
        shown = [*shown, other]
    source = source_line(dataset, shown)
    if asked > len(countries):
        return reply(
            "utter_figure_top_shorter", query, asked=asked, n=len(countries), period=period, items=items, source=source
        )
    response = "utter_figure_top_reintegration" if part == "reintegration" else "utter_figure_top"
    return reply(response, query, n=min(asked, len(countries)), period=period, items=items, source=source)


KIND = Kind("top", 70, answer, RESPONSES)
