"""One month: "hoeveel mensen vertrokken in april 2025?", "en in mei?"; without a year, every year."""

from __future__ import annotations

from bot.figures import dutch, phrases
from bot.figures.data import Dataset
from bot.figures.model import Kind, Query, Reply
from bot.figures.render import not_available, responder, source_line, value_text

RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_month": ("period", "value", "fedasil", "dvz", "source"),
    "utter_figure_month_total": ("period", "value", "source"),
    "utter_figure_month_years": ("month", "items", "source"),
}
reply = responder(RESPONSES)


def answer(dataset: Dataset, query: Query) -> Reply:
    month = query.month
    assert month is not None
    all_months = dataset.select(group="return", kind="month", part="total")
    if not query.years:
        found = sorted(dataset.select(group="return", kind="month", part="total", key=month), key=lambda f: f.year)
        if not found:
            return not_available(query, phrases.TOPIC_MONTH, dutch.month_name(month), all_months)
        items = dutch.join_list([phrases.VALUE_IN.format(value=value_text(f), period=f.year) for f in found])
        return reply(
            "utter_figure_month_years",
            query,
            month=dutch.month_name(month),
            items=items,
            source=source_line(dataset, found),
        )
    year = query.years[0]
    period = dutch.period_name(year, month=month)
    figure = dataset.one(group="return", kind="month", part="total", year=year, key=month)
    if figure is None:
        return not_available(query, phrases.TOPIC_MONTH, period, all_months)
    fedasil = dataset.one(group="return", kind="month", part="fedasil", year=year, key=month)
    dvz = dataset.one(group="return", kind="month", part="dvz", year=year, key=month)
    source = source_line(dataset, [figure])
    if fedasil and dvz:
        return reply(
            "utter_figure_month",
            query,
            period=period,
            value=value_text(figure),
            fedasil=value_text(fedasil),
            dvz=value_text(dvz),
            source=source,
        )
    return reply("utter_figure_month_total", query, period=period, value=value_text(figure), source=source)


# Asked when the question names a month (not a range of months); a follow-up naming one keeps the question.
KIND = Kind("month", 80, answer, RESPONSES, asked=lambda question: bool(question.months), asking=False)
