"""Every month of one year: "hoeveel mensen keerden per maand terug in 2014?" (the monthly series).

The seeds print the returns per month for 2013, 2014 and January to September 2025; without a
year the latest of those is shown.
"""

from __future__ import annotations

from bot.figures import dutch, phrases
from bot.figures.data import Dataset
from bot.figures.model import Kind, Query, Reply
from bot.figures.render import not_available, period_of, responder, source_line, value_text
from bot.figures.select import year_or_latest

RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_months": ("period", "items", "source"),
}
reply = responder(RESPONSES)


def answer(dataset: Dataset, query: Query) -> Reply:
    all_months = dataset.select(group="return", kind="month", part="total")
    year = year_or_latest(query, all_months)
    of_year = sorted((f for f in all_months if f.year == year), key=lambda f: int(str(f.key)))
    if not of_year:
        return not_available(query, phrases.TOPIC_MONTH, str(year), all_months)
    items = dutch.join_list(
        [phrases.MONTH_VALUE.format(month=dutch.month_name(int(str(f.key))), value=value_text(f)) for f in of_year]
    )
    return reply(
        "utter_figure_months", query, period=period_of(of_year[0]), items=items, source=source_line(dataset, of_year)
    )


# Below the kinds that name something more specific (a month, a country, the top list).
KIND = Kind("months", 68, answer, RESPONSES)
