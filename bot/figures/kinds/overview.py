"""The key figures of one year: "geef me een overzicht van 2023"."""

from __future__ import annotations

from bot.figures import dutch, phrases
from bot.figures.data import Dataset, Figure
from bot.figures.model import Kind, Query, Reply
from bot.figures.render import country_items, period_of, responder, source_line, value_text
from bot.figures.select import first_seed, prefer_seed, ranked, reintegration_text, totals, year_unknown

RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_overview": ("period", "total", "countries", "profiles", "reintegration", "source"),
}
reply = responder(RESPONSES)
TOP = 5


def answer(dataset: Dataset, query: Query) -> Reply:
    all_totals = totals(dataset)
    year = query.years[0] if query.years else max(all_totals)
    whole, partial = all_totals.get(year, (None, None))
    if whole is None and partial is None:
        return year_unknown(dataset, query, year)
    used: list[Figure] = [f for f in (whole, partial) if f]
    if whole and partial:
        total = phrases.TOTAL_WHOLE_AND_PARTIAL.format(
            whole=value_text(whole), period=period_of(partial), partial=value_text(partial)
        )
    else:
        total = value_text(used[0])
    countries = ranked(dataset, year, "all")
    countries_text = phrases.NO_FIGURE
    if countries:
        countries_text = country_items(countries[:TOP])
        if countries[0].period != "year":
            countries_text += phrases.IN_PERIOD.format(period=period_of(countries[0]))
        used += countries[:TOP]
    profiles = [
        f
        for f in prefer_seed(dataset, dataset.select(group="return", kind="profile", year=year))
        if f.unit == "percent"
    ]
    profile_text = phrases.NO_FIGURE
    if profiles:
        profile_text = dutch.join_list(
            [phrases.LABEL_VALUE.format(label=f.label, value=value_text(f)) for f in profiles]
        )
        if profiles[0].period != "year":
            profile_text += phrases.IN_PERIOD.format(period=period_of(profiles[0]))
        used += profiles
    reint = dataset.select(group="return", kind="reintegration", year=year)
    share, count = first_seed(dataset, reint, "share"), first_seed(dataset, reint, "count")
    used += [f for f in (count, share) if f]
    return reply(
        "utter_figure_overview",
        query,
        period=str(year),
        total=total,
        countries=countries_text,
        profiles=profile_text,
        reintegration=reintegration_text(share, count),
        source=source_line(dataset, used),
    )


KIND = Kind("overview", 100, answer, RESPONSES)
