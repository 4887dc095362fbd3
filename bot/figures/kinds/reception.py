"""The 2023 reception, resettlement and relocation figures: "hoeveel opvangplaatsen waren er eind 2023?"

Chosen by bot/figures/query.py from the dataset (`bot.figures.reception.match_reception`), before
the other kinds: a question that matches a reception fact asks for it.
"""

from __future__ import annotations

from bot.figures import dutch, phrases
from bot.figures.data import Dataset
from bot.figures.model import Kind, Query, Reply
from bot.figures.reception import reception_row
from bot.figures.render import responder, source_line, value_text

RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_reception": ("label", "value", "source"),
    "utter_figure_reception_overview": ("items", "source"),
    "utter_figure_reception_not_available": ("year",),
    "utter_figure_reception_no_country": ("country", "topic", "items", "source"),
}
reply = responder(RESPONSES)

OVERVIEW: tuple[str, ...] = ("capacity_total", "requests_total", "requests_received", "resettled", "relocated")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def answer(dataset: Dataset, query: Query) -> Reply:
    reception_years = {y for f in dataset.select(group="reception") for y in (f.years or (f.year,))}
    fact = dataset.one(group="reception", key=query.reception) if query.reception else None
    fact_years = (fact.years or (fact.year,)) if fact else reception_years
    if query.years and not any(y in fact_years for y in query.years):
        return reply("utter_figure_reception_not_available", query, year=dutch.join_list([str(y) for y in query.years]))
    if query.country and query.reception:
        match = reception_row(dataset, query.reception, query.country)
        if match.fact is not None:
            fact = match.fact
        elif match.table:
            topic = (match.table[0].section or "").split(" / ")[0].split(":")[0].lower()
            items = dutch.join_list(
                [
                    phrases.LABEL_VALUE.format(label=f.country or phrases.OTHER_COUNTRIES, value=value_text(f))
                    for f in match.table
                ]
            )
            return reply(
                "utter_figure_reception_no_country",
                query,
                country=query.country,
                topic=topic,
                items=items,
                source=source_line(dataset, match.table),
            )
    if fact is None:
        shown = [f for f in (dataset.one(group="reception", key=k) for k in OVERVIEW) if f is not None]
        items = "; ".join(
            phrases.RECEPTION_ITEM.format(label=_lower_first(f.label or str(f.key)), value=value_text(f)) for f in shown
        )
        return reply("utter_figure_reception_overview", query, items=items, source=source_line(dataset, shown))
    return reply(
        "utter_figure_reception",
        query,
        label=fact.label or str(fact.key),
        value=value_text(fact),
        source=source_line(dataset, [fact]),
    )


# Never asked by its words alone: query.py matches the reception facts first (see above).
KIND = Kind("reception", 200, answer, RESPONSES, asked=lambda question: False, asking=False)
