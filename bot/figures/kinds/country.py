"""One country: "hoeveel Marokkanen keerden terug in 2023?", "en naar Mongolië?"; without a year, every year."""

from __future__ import annotations

from collections.abc import Sequence

from bot.figures import dutch, phrases
from bot.figures.data import Dataset, Figure
from bot.figures.model import Kind, Query, Reply
from bot.figures.render import (
    country_items,
    maybe_value,
    not_available,
    period_of,
    periods_text,
    responder,
    source_line,
    value_text,
)
from bot.figures.select import country_figures, other_countries, ranked

RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_country": ("period", "value", "country", "source"),
    "utter_figure_country_with_reintegration": ("period", "value", "country", "reintegration", "source"),
    "utter_figure_country_reintegration": ("period", "value", "country", "source"),
    "utter_figure_country_reintegration_only": ("period", "country", "other", "reintegration", "source"),
    "utter_figure_country_whole_and_partial": ("year", "value", "country", "partial_period", "partial_value", "source"),
    "utter_figure_country_in_other": ("period", "country", "other", "source"),
    "utter_figure_country_not_listed": ("period", "country", "listed", "source"),
    "utter_figure_country_unknown": ("country", "available"),
    "utter_figure_country_years": ("country", "items", "source"),
}
reply = responder(RESPONSES)


def _find(figures: Sequence[Figure], country: str) -> Figure | None:
    return next((f for f in figures if f.key == country), None)


def answer(dataset: Dataset, query: Query) -> Reply:
    country = query.country
    assert country is not None
    known = country_figures(dataset)
    if not any(f.key == country for f in known):
        seeds = [f for f in known if not dataset.is_second(f)]
        return reply("utter_figure_country_unknown", query, country=country, available=periods_text(seeds))
    if not query.years:
        return country_years(dataset, query, country)
    year = query.years[0]
    listed = ranked(dataset, year, "all")
    reint = ranked(dataset, year, "reintegration")
    mentioned = ranked(dataset, year, "mentioned")
    in_list, in_reint, in_mentioned = _find(listed, country), _find(reint, country), _find(mentioned, country)
    if query.scope == "reintegration":
        if in_reint:
            return reply(
                "utter_figure_country_reintegration",
                query,
                period=period_of(in_reint),
                value=value_text(in_reint),
                country=country,
                source=source_line(dataset, [in_reint]),
            )
        if reint:
            return _absent(dataset, query, country, year, "reintegration", reint)
        return not_available(
            query,
            phrases.TOPIC_COUNTRY_REINTEGRATION,
            str(year),
            dataset.select(group="return", kind="country", part="reintegration"),
        )
    if in_list and in_mentioned and in_mentioned.period == "year" and in_list.period != "year":
        return reply(
            "utter_figure_country_whole_and_partial",
            query,
            year=year,
            value=value_text(in_mentioned),
            country=country,
            partial_period=period_of(in_list),
            partial_value=value_text(in_list),
            source=source_line(dataset, [in_list, in_mentioned]),
        )
    if in_list and in_reint:
        return reply(
            "utter_figure_country_with_reintegration",
            query,
            period=period_of(in_list),
            value=value_text(in_list),
            country=country,
            reintegration=value_text(in_reint),
            source=source_line(dataset, [in_list, in_reint]),
        )
    found = in_list or in_mentioned
    if found:
        return reply(
            "utter_figure_country",
            query,
            period=period_of(found),
            value=value_text(found),
            country=country,
            source=source_line(dataset, [found]),
        )
    if in_reint:
        other = other_countries(dataset, year, "all")
        return reply(
            "utter_figure_country_reintegration_only",
            query,
            period=period_of(in_reint),
            country=country,
            other=maybe_value(other),
            reintegration=value_text(in_reint),
            source=source_line(dataset, [in_reint] + ([other] if other else [])),
        )
    if listed:
        return _absent(dataset, query, country, year, "all", listed)
    if mentioned:
        return reply(
            "utter_figure_country_not_listed",
            query,
            period=str(year),
            country=country,
            listed=phrases.LISTED_MENTIONED.format(items=country_items(mentioned)),
            source=source_line(dataset, mentioned),
        )
    return not_available(query, phrases.TOPIC_COUNTRY, str(year), [f for f in known if not dataset.is_second(f)])


def _absent(dataset: Dataset, query: Query, country: str, year: int, part: str, listed: Sequence[Figure]) -> Reply:
    """The country is not in the list of that year: inside "Andere", or below a top-N."""
    other = other_countries(dataset, year, part)
    period = period_of(listed[0])
    if other is not None:
        return reply(
            "utter_figure_country_in_other",
            query,
            period=period,
            country=country,
            other=value_text(other),
            source=source_line(dataset, [other]),
        )
    names = dutch.join_list([str(f.key) for f in listed])
    return reply(
        "utter_figure_country_not_listed",
        query,
        period=period,
        country=country,
        listed=phrases.LISTED_TOP.format(n=len(listed), names=names),
        source=source_line(dataset, listed),
    )


def country_years(dataset: Dataset, query: Query, country: str) -> Reply:
    """A country without a year: every figure for it, year by year."""
    found = sorted(
        (f for f in country_figures(dataset) if f.key == country and f.part in ("all", "mentioned")),
        key=lambda f: (f.year, f.period != "year"),
    )
    items = []
    for f in found:
        reint = dataset.one(group="return", kind="country", year=f.year, part="reintegration", key=country)
        text = phrases.VALUE_IN.format(value=value_text(f), period=period_of(f))
        if reint is not None and f.part == "all":
            text += phrases.WITH_REINTEGRATION.format(value=value_text(reint))
        items.append(text)
    only_reint = [
        f
        for f in country_figures(dataset)
        if f.key == country and f.part == "reintegration" and not any(g.year == f.year for g in found)
    ]
    items += [phrases.ONLY_REINTEGRATION_IN.format(value=value_text(f), period=period_of(f)) for f in only_reint]
    return reply(
        "utter_figure_country_years",
        query,
        country=country,
        items=dutch.join_list(items),
        source=source_line(dataset, found + only_reint),
    )


# Asked when the question names a country; a follow-up naming another one keeps the question.
KIND = Kind("country", 75, answer, RESPONSES, asked=lambda question: bool(question.countries), asking=False)
