"""The total of a year: "hoeveel mensen keerden terug in 2023?" (also the answer when nothing else is asked)."""

from __future__ import annotations

from bot.figures.data import Dataset
from bot.figures.model import Kind, Query, Reply
from bot.figures.render import maybe_value, period_of, responder, source_line, value_text
from bot.figures.select import totals, year_unknown

RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_total": ("period", "value", "source"),
    "utter_figure_total_split": ("period", "value", "fedasil", "dvz", "source"),
    "utter_figure_total_whole_and_partial": (
        "year",
        "value",
        "partial_period",
        "partial_value",
        "fedasil",
        "dvz",
        "source",
    ),
    "utter_figure_total_without_dublin": ("period", "value", "dublin", "source"),
    "utter_figure_total_without_bus": ("period", "value", "bus", "source"),
}
reply = responder(RESPONSES)


def answer(dataset: Dataset, query: Query) -> Reply:
    all_totals = totals(dataset)
    year = query.years[0] if query.years else max(all_totals)
    whole, partial = all_totals.get(year, (None, None))
    if whole is None and partial is None:
        return year_unknown(dataset, query, year)
    if whole is not None and partial is not None:
        fedasil, dvz = (
            maybe_value(dataset.one(group="return", kind="total", year=year, period=partial.period, part=part))
            for part in ("fedasil", "dvz")
        )
        return reply(
            "utter_figure_total_whole_and_partial",
            query,
            year=year,
            value=value_text(whole),
            partial_period=period_of(partial),
            partial_value=value_text(partial),
            fedasil=fedasil,
            dvz=dvz,
            source=source_line(dataset, [partial, whole]),
        )
    figure = whole or partial
    assert figure is not None
    fedasil_part = dataset.one(group="return", kind="total", year=year, period=figure.period, part="fedasil")
    dvz_part = dataset.one(group="return", kind="total", year=year, period=figure.period, part="dvz")
    source = source_line(dataset, [figure])
    if fedasil_part and dvz_part:
        return reply(
            "utter_figure_total_split",
            query,
            period=period_of(figure),
            value=value_text(figure),
            fedasil=value_text(fedasil_part),
            dvz=value_text(dvz_part),
            source=source,
        )
    if figure.note:
        note = dataset.notes[figure.note]
        noted = dataset.one(group="return", kind=note["kind"], year=note["year"])
        if noted is not None:
            response = (
                "utter_figure_total_without_dublin" if note["kind"] == "dublin" else "utter_figure_total_without_bus"
            )
            return reply(
                response,
                query,
                period=period_of(figure),
                value=value_text(figure),
                source=source_line(dataset, [figure, noted]),
                **{note["kind"]: value_text(noted)},
            )
    return reply("utter_figure_total", query, period=period_of(figure), value=value_text(figure), source=source)


# The lowest precedence and always asked: a figure question that asks nothing else gets the total.
KIND = Kind("total", 0, answer, RESPONSES, asked=lambda question: True, asking=False)
