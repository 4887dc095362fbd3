"""Answers to figure questions: which domain response, and the values that fill it.

The sentences live in domain.yml (`utter_figure_*`); this module computes the values: numbers in
Dutch notation, period names ("januari tot en met september 2025"), lists and the source line.
Where the data has no answer, the reply says so and names what is available: it never estimates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from bot.figures import dutch
from bot.figures.data import Dataset, Figure
from bot.figures.lexicon import PROFILE_NAMES
from bot.figures.normalise import parse_question
from bot.figures.query import PER_YEAR_KINDS, WHOLE_LIST, Query, build_query, reception_row

# Every response an answer can use, with the values it needs (tests check them against domain.yml).
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
    "utter_figure_year_unknown": ("year", "available"),
    "utter_figure_not_available": ("topic", "period", "available"),
    "utter_figure_month": ("period", "value", "fedasil", "dvz", "source"),
    "utter_figure_month_total": ("period", "value", "source"),
    "utter_figure_month_years": ("month", "items", "source"),
    "utter_figure_country": ("period", "value", "country", "source"),
    "utter_figure_country_with_reintegration": ("period", "value", "country", "reintegration", "source"),
    "utter_figure_country_reintegration": ("period", "value", "country", "source"),
    "utter_figure_country_reintegration_only": ("period", "country", "other", "reintegration", "source"),
    "utter_figure_country_whole_and_partial": ("year", "value", "country", "partial_period", "partial_value", "source"),
    "utter_figure_country_in_other": ("period", "country", "other", "source"),
    "utter_figure_country_not_listed": ("period", "country", "listed", "source"),
    "utter_figure_country_unknown": ("country", "available"),
    "utter_figure_country_years": ("country", "items", "source"),
    "utter_figure_top": ("n", "period", "items", "source"),
    "utter_figure_top_reintegration": ("n", "period", "items", "source"),
    "utter_figure_top_shorter": ("asked", "n", "period", "items", "source"),
    "utter_figure_top_mentioned": ("period", "items", "source"),
    "utter_figure_profile": ("period", "items", "source"),
    "utter_figure_profile_one": ("period", "value", "profile", "source"),
    "utter_figure_profile_count": ("period", "value", "profile", "source"),
    "utter_figure_channel": ("period", "items", "source"),
    "utter_figure_reintegration": ("period", "value", "share", "source"),
    "utter_figure_reintegration_share": ("period", "share", "source"),
    "utter_figure_reintegration_count": ("period", "value", "source"),
    "utter_figure_per_year": ("topic", "items", "source"),
    "utter_figure_dublin": ("period", "value", "source"),
    "utter_figure_dvz": ("period", "value", "total", "source"),
    "utter_figure_bus": ("period", "value", "total", "source"),
    "utter_figure_age": ("period", "items", "source"),
    "utter_figure_gender": ("period", "men", "women", "source"),
    "utter_figure_family": ("period", "items", "source"),
    "utter_figure_compare": ("period_a", "value_a", "period_b", "value_b", "change", "source"),
    "utter_figure_compare_published": ("period_a", "value_a", "period_b", "value_b", "change", "published", "source"),
    "utter_figure_compare_country": ("country", "period_a", "value_a", "period_b", "value_b", "change", "source"),
    "utter_figure_trend": ("items", "source"),
    "utter_figure_peak": ("first", "last", "year", "value", "source"),
    "utter_figure_low": ("first", "last", "year", "value", "source"),
    "utter_figure_peak_month": ("period", "month", "value", "source"),
    "utter_figure_low_month": ("period", "month", "value", "source"),
    "utter_figure_overview": ("period", "total", "countries", "profiles", "reintegration", "source"),
    "utter_figure_reception": ("label", "value", "source"),
    "utter_figure_reception_overview": ("items", "source"),
    "utter_figure_reception_not_available": ("year",),
    "utter_figure_reception_no_country": ("country", "topic", "items", "source"),
}

NO_FIGURE = "geen cijfer"


@dataclass(frozen=True)
class Reply:
    """A response name, the values that fill it, and the query to keep for follow-ups.

    `response` is None when the message turned out not to be a figure question.
    """

    response: str | None
    values: Mapping[str, str]
    query: Query | None


# ------------------------------------------------------------------------------ small helpers


def value_text(figure: Figure) -> str:
    """A figure as the answer shows it: "2.952", "27,2%", "bijna 300"."""
    return dutch.format_value(figure.value, figure.unit, figure.qualifier)


def period_of(figure: Figure) -> str:
    return dutch.period_name(figure.year, figure.period)


def source_line(dataset: Dataset, figures: Iterable[Figure]) -> str:
    """ "Bron: Fedasil, Balans 2023 (jaarverslag)." plus the second source, labelled as such."""
    keys = list(dict.fromkeys(f.source for f in figures))
    seeds = [dataset.sources[k] for k in keys if not dataset.sources[k].second]
    second = [dataset.sources[k] for k in keys if dataset.sources[k].second]
    parts = []
    if seeds:
        label = "Bron" if len(seeds) == 1 else "Bronnen"
        parts.append(f"{label}: Fedasil, {'; '.join(s.title for s in seeds)}.")
    if 0 < len(second) <= 2:
        items = "; ".join(f"{s.title} ({s.url})" for s in second)
        parts.append(f"Tweede bron: Fedasil, {items}.")
    elif second:
        parts.append(f"Tweede bron: {len(second)} nieuwsberichten van Fedasil (www.fedasil.be).")
    return " ".join(parts)


def years_text(years: Iterable[int]) -> str:
    """2007..2025 -> "2007 tot en met 2025"; [2013, 2014, 2023] -> "2013, 2014 en 2023"."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return dutch.join_list(_run_items(runs))


def _run_items(runs: list[list[int]]) -> list[str]:
    items: list[str] = []
    for run in runs:
        items += [f"{run[0]} tot en met {run[-1]}"] if len(run) > 2 else [str(y) for y in run]
    return items


def _periods_text(figures: Iterable[Figure]) -> str:
    """The periods some figures cover: "2013, 2014 en januari tot en met september 2025"."""
    periods = sorted({(f.year, f.period) for f in figures})
    full = sorted({y for y, p in periods if p == "year"})
    partial = [dutch.period_name(y, p) for y, p in periods if p != "year" and y not in full]
    runs: list[list[int]] = []
    for year in full:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return dutch.join_list(_run_items(runs) + partial)


def _reply(response: str, query: Query, **values: Any) -> Reply:
    expected = RESPONSES[response]
    missing = set(expected) - set(values)
    if missing:
        raise ValueError(f"{response} needs {sorted(missing)}")
    return Reply(response, {k: str(values[k]) for k in expected}, query)


def _not_available(query: Query, topic: str, period: str, available: Iterable[Figure]) -> Reply:
    return _reply("utter_figure_not_available", query, topic=topic, period=period, available=_periods_text(available))


def _latest_year(figures: Sequence[Figure]) -> int | None:
    return max((f.year for f in figures), default=None)


def _prefer_seed(dataset: Dataset, figures: Sequence[Figure]) -> list[Figure]:
    """The seed figures if there are any, else the second source's."""
    seeds = [f for f in figures if not dataset.is_second(f)]
    return seeds or list(figures)


# ------------------------------------------------------------------------------ totals


def _totals(dataset: Dataset) -> dict[int, tuple[Figure | None, Figure | None]]:
    """year -> (whole-year total, partial-year total)."""
    result: dict[int, tuple[Figure | None, Figure | None]] = {}
    for f in dataset.select(group="return", kind="total", part="total"):
        whole, partial = result.get(f.year, (None, None))
        if f.period == "year":
            whole = f
        else:
            partial = f
        result[f.year] = (whole, partial)
    return result


def _whole_year_totals(dataset: Dataset) -> dict[int, Figure]:
    return {y: w for y, (w, _) in _totals(dataset).items() if w is not None}


def _year_unknown(dataset: Dataset, query: Query, year: int) -> Reply:
    totals = _totals(dataset)
    available = years_text(y for y, (w, _) in totals.items() if w is not None)
    partial = [p for _, p in totals.values() if p is not None and p.year not in _whole_year_totals(dataset)]
    if partial:
        available = dutch.join_list([available, *(period_of(p) for p in partial)])
    return _reply("utter_figure_year_unknown", query, year=year, available=available)


def answer_total(dataset: Dataset, query: Query) -> Reply:
    totals = _totals(dataset)
    year = query.years[0] if query.years else max(totals)
    whole, partial = totals.get(year, (None, None))
    if whole is None and partial is None:
        return _year_unknown(dataset, query, year)
    if whole is not None and partial is not None:
        split = [
            dataset.one(group="return", kind="total", year=year, period=partial.period, part=p)
            for p in ("fedasil", "dvz")
        ]
        fedasil, dvz = (value_text(s) if s else NO_FIGURE for s in split)
        return _reply(
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
        return _reply(
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
            return _reply(
                response,
                query,
                period=period_of(figure),
                value=value_text(figure),
                source=source_line(dataset, [figure, noted]),
                **{note["kind"]: value_text(noted)},
            )
    return _reply("utter_figure_total", query, period=period_of(figure), value=value_text(figure), source=source)


# ------------------------------------------------------------------------------ months


def answer_month(dataset: Dataset, query: Query) -> Reply:
    month = query.month
    assert month is not None
    all_months = dataset.select(group="return", kind="month", part="total")
    if not query.years:
        found = sorted(dataset.select(group="return", kind="month", part="total", key=month), key=lambda f: f.year)
        if not found:
            return _not_available(query, "terugkeer per maand", dutch.month_name(month), all_months)
        items = dutch.join_list([f"{value_text(f)} in {f.year}" for f in found])
        return _reply(
            "utter_figure_month_years",
            query,
            month=dutch.month_name(month),
            items=items,
            source=source_line(dataset, found),
        )
    year = query.years[0]
    figure = dataset.one(group="return", kind="month", part="total", year=year, key=month)
    if figure is None:
        return _not_available(query, "terugkeer per maand", dutch.period_name(year, month=month), all_months)
    period = dutch.period_name(year, month=month)
    fedasil = dataset.one(group="return", kind="month", part="fedasil", year=year, key=month)
    dvz = dataset.one(group="return", kind="month", part="dvz", year=year, key=month)
    source = source_line(dataset, [figure])
    if fedasil and dvz:
        return _reply(
            "utter_figure_month",
            query,
            period=period,
            value=value_text(figure),
            fedasil=value_text(fedasil),
            dvz=value_text(dvz),
            source=source,
        )
    return _reply("utter_figure_month_total", query, period=period, value=value_text(figure), source=source)


# ------------------------------------------------------------------------------ countries


def _country_figures(dataset: Dataset) -> list[Figure]:
    return [f for f in dataset.select(group="return", kind="country") if f.key != "Andere"]


def _ranked(dataset: Dataset, year: int, part: str) -> list[Figure]:
    """A list of countries of one year, largest first (without "Andere")."""
    found = [f for f in dataset.select(group="return", kind="country", year=year, part=part) if f.key != "Andere"]
    return sorted(found, key=lambda f: -f.value)


def _other(dataset: Dataset, year: int, part: str) -> Figure | None:
    return dataset.one(group="return", kind="country", year=year, part=part, key="Andere")


def _country_items(figures: Sequence[Figure]) -> str:
    return dutch.join_list([f"{f.key} ({value_text(f)})" for f in figures])


def answer_country(dataset: Dataset, query: Query) -> Reply:
    country = query.country
    assert country is not None
    known = _country_figures(dataset)
    if not any(f.key == country for f in known):
        seeds = [f for f in known if not dataset.is_second(f)]
        return _reply("utter_figure_country_unknown", query, country=country, available=_periods_text(seeds))
    if not query.years:
        return _country_years(dataset, query, country)
    year = query.years[0]
    listed = _ranked(dataset, year, "all")
    reint = _ranked(dataset, year, "reintegration")
    mentioned = _ranked(dataset, year, "mentioned")
    in_list = next((f for f in listed if f.key == country), None)
    in_reint = next((f for f in reint if f.key == country), None)
    in_mentioned = next((f for f in mentioned if f.key == country), None)
    if query.scope == "reintegration":
        if in_reint:
            return _reply(
                "utter_figure_country_reintegration",
                query,
                period=period_of(in_reint),
                value=value_text(in_reint),
                country=country,
                source=source_line(dataset, [in_reint]),
            )
        if reint:
            return _absent(dataset, query, country, year, "reintegration", reint)
        return _not_available(
            query,
            "re-integratiesteun per land",
            str(year),
            dataset.select(group="return", kind="country", part="reintegration"),
        )
    if in_list and in_mentioned and in_mentioned.period == "year" and in_list.period != "year":
        return _reply(
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
        return _reply(
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
        return _reply(
            "utter_figure_country",
            query,
            period=period_of(found),
            value=value_text(found),
            country=country,
            source=source_line(dataset, [found]),
        )
    if in_reint:
        other = _other(dataset, year, "all")
        return _reply(
            "utter_figure_country_reintegration_only",
            query,
            period=period_of(in_reint),
            country=country,
            other=value_text(other) if other else NO_FIGURE,
            reintegration=value_text(in_reint),
            source=source_line(dataset, [in_reint] + ([other] if other else [])),
        )
    if listed:
        return _absent(dataset, query, country, year, "all", listed)
    if mentioned:
        return _reply(
            "utter_figure_country_not_listed",
            query,
            period=str(year),
            country=country,
            listed=f"een cijfer voor {_country_items(mentioned)}",
            source=source_line(dataset, mentioned),
        )
    return _not_available(query, "terugkeer per land", str(year), [f for f in known if not dataset.is_second(f)])


def _absent(dataset: Dataset, query: Query, country: str, year: int, part: str, listed: Sequence[Figure]) -> Reply:
    """The country is not in the list of that year: inside "Andere", or below a top-N."""
    other = _other(dataset, year, part)
    period = period_of(listed[0])
    if other is not None:
        return _reply(
            "utter_figure_country_in_other",
            query,
            period=period,
            country=country,
            other=value_text(other),
            source=source_line(dataset, [other]),
        )
    names = dutch.join_list([str(f.key) for f in listed])
    return _reply(
        "utter_figure_country_not_listed",
        query,
        period=period,
        country=country,
        listed=f"de top {len(listed)}: {names}",
        source=source_line(dataset, listed),
    )


def _country_years(dataset: Dataset, query: Query, country: str) -> Reply:
    """A country without a year: every figure for it, year by year."""
    found = sorted(
        (f for f in _country_figures(dataset) if f.key == country and f.part in ("all", "mentioned")),
        key=lambda f: (f.year, f.period != "year"),
    )
    items = []
    for f in found:
        reint = dataset.one(group="return", kind="country", year=f.year, part="reintegration", key=country)
        text = f"{value_text(f)} in {period_of(f)}"
        if reint is not None and f.part == "all":
            text += f" (van wie {value_text(reint)} met re-integratiesteun)"
        items.append(text)
    only_reint = [
        f
        for f in _country_figures(dataset)
        if f.key == country and f.part == "reintegration" and not any(g.year == f.year for g in found)
    ]
    items += [f"{value_text(f)} met re-integratiesteun in {period_of(f)}" for f in only_reint]
    return _reply(
        "utter_figure_country_years",
        query,
        country=country,
        items=dutch.join_list(items),
        source=source_line(dataset, found + only_reint),
    )


def answer_top(dataset: Dataset, query: Query) -> Reply:
    part = "reintegration" if query.scope == "reintegration" else "all"
    lists = [f for f in dataset.select(group="return", kind="country", part=part)]
    year = query.years[0] if query.years else _latest_year(lists)
    assert year is not None
    ranked = _ranked(dataset, year, part)
    if not ranked:
        mentioned = _ranked(dataset, year, "mentioned") if part == "all" else []
        if mentioned:
            return _reply(
                "utter_figure_top_mentioned",
                query,
                period=str(year),
                items=_country_items(mentioned),
                source=source_line(dataset, mentioned),
            )
        topic = "landen met re-integratiesteun" if part == "reintegration" else "de landen van bestemming"
        return _not_available(query, topic, str(year), [f for f in lists if not dataset.is_second(f)])
    asked = len(ranked) if query.top_n == WHOLE_LIST else (query.top_n or 5)
    shown = ranked[:asked]
    period = period_of(shown[0])
    items = _country_items(shown)
    other = _other(dataset, year, part)
    if other is not None and asked >= len(ranked):  # the whole list: "Andere" closes it
        items = dutch.join_list(
            [*(f"{f.key} ({value_text(f)})" for f in shown), f"andere landen samen ({value_text(other)})"]
        )
        shown = [*shown, other]
    source = source_line(dataset, shown)
    if asked > len(ranked):
        return _reply(
            "utter_figure_top_shorter", query, asked=asked, n=len(ranked), period=period, items=items, source=source
        )
    response = "utter_figure_top_reintegration" if part == "reintegration" else "utter_figure_top"
    return _reply(response, query, n=min(asked, len(ranked)), period=period, items=items, source=source)


# ------------------------------------------------------------------------------ profiles and other breakdowns


def _breakdown_year(dataset: Dataset, query: Query, kind: str) -> tuple[int | None, list[Figure]]:
    """The year asked (or the latest with this breakdown) and its figures (seed first)."""
    all_figures = dataset.select(group="return", kind=kind)
    year = query.years[0] if query.years else _latest_year(all_figures)
    figures = _prefer_seed(dataset, [f for f in all_figures if f.year == year])
    return year, figures


def _share_and_count(figures: Sequence[Figure], key: Any) -> tuple[Figure | None, Figure | None]:
    share = next((f for f in figures if f.key == key and f.unit == "percent"), None)
    count = next((f for f in figures if f.key == key and f.unit != "percent"), None)
    return share, count


def _breakdown_items(figures: Sequence[Figure]) -> str:
    """ "asielzoekers 8% (278 personen), ..." in the order of the source."""
    items = []
    for key in dict.fromkeys(f.key for f in figures):
        share, count = _share_and_count(figures, key)
        label = (share or count).label or str(key)  # type: ignore[union-attr]
        if share and count:
            items.append(f"{label} {value_text(share)} ({value_text(count)} personen)")
        else:
            items.append(f"{label} {value_text(share or count)}")  # type: ignore[arg-type]
    return dutch.join_list(items)


def answer_profile(dataset: Dataset, query: Query) -> Reply:
    year, figures = _breakdown_year(dataset, query, "profile")
    all_profiles = dataset.select(group="return", kind="profile")
    if not figures or year is None:
        return _not_available(query, "het profiel van de terugkeerders", str(year), all_profiles)
    period = period_of(figures[0])
    if query.profile is None:
        return _reply(
            "utter_figure_profile",
            query,
            period=period,
            items=_breakdown_items(figures),
            source=source_line(dataset, figures),
        )
    share, count = _share_and_count(figures, query.profile)
    if share is None and count is None:
        topic = f"het aandeel {PROFILE_NAMES.get(query.profile, query.profile)}"
        return _not_available(query, topic, period, [f for f in all_profiles if f.key == query.profile])
    label = (share or count).label or PROFILE_NAMES[query.profile]  # type: ignore[union-attr]
    used = [f for f in (share, count) if f is not None]
    if share is None:
        return _reply(
            "utter_figure_profile_count",
            query,
            period=period,
            value=value_text(count),  # type: ignore[arg-type]
            profile=label,
            source=source_line(dataset, used),
        )
    value = value_text(share) + (f" ({value_text(count)} personen)" if count else "")
    return _reply(
        "utter_figure_profile_one", query, period=period, value=value, profile=label, source=source_line(dataset, used)
    )


def _simple_breakdown(dataset: Dataset, query: Query, kind: str, topic: str, response: str) -> Reply:
    year, figures = _breakdown_year(dataset, query, kind)
    if not figures:
        return _not_available(query, topic, str(year), dataset.select(group="return", kind=kind))
    return _reply(
        response,
        query,
        period=period_of(figures[0]),
        items=_breakdown_items(figures),
        source=source_line(dataset, figures),
    )


def answer_gender(dataset: Dataset, query: Query) -> Reply:
    year, figures = _breakdown_year(dataset, query, "gender")
    men = next((f for f in figures if f.key == "men"), None)
    women = next((f for f in figures if f.key == "women"), None)
    if men is None or women is None:
        return _not_available(query, "mannen en vrouwen", str(year), dataset.select(group="return", kind="gender"))
    return _reply(
        "utter_figure_gender",
        query,
        period=period_of(men),
        men=value_text(men),
        women=value_text(women),
        source=source_line(dataset, [men, women]),
    )


# ------------------------------------------------------------------------------ reintegration, Dublin, DVZ


def _reintegration_text(share: Figure | None, count: Figure | None) -> str:
    if share and count:
        return f"{value_text(count)} personen ({value_text(share)})"
    if count:
        return f"{value_text(count)} personen"
    return value_text(share) if share else NO_FIGURE


def answer_reintegration(dataset: Dataset, query: Query) -> Reply:
    all_figures = dataset.select(group="return", kind="reintegration")
    if len(query.years) > 1 or query.year_range or (query.kind in ("compare", "trend")):
        return _per_year(dataset, query, "reintegration", "re-integratiesteun", all_figures)
    year = query.years[0] if query.years else _latest_year(all_figures)
    figures = [f for f in all_figures if f.year == year]
    share = next((f for f in _prefer_seed(dataset, [f for f in figures if f.key == "share"])), None)
    count = next((f for f in _prefer_seed(dataset, [f for f in figures if f.key == "count"])), None)
    if share is None and count is None:
        return _not_available(query, "re-integratiesteun", str(year), all_figures)
    period = str(year)
    used = [f for f in (count, share) if f]
    source = source_line(dataset, used)
    if share and count:
        return _reply(
            "utter_figure_reintegration",
            query,
            period=period,
            value=value_text(count),
            share=value_text(share),
            source=source,
        )
    if share:
        return _reply("utter_figure_reintegration_share", query, period=period, share=value_text(share), source=source)
    return _reply("utter_figure_reintegration_count", query, period=period, value=value_text(count), source=source)  # type: ignore[arg-type]


def _years_wanted(query: Query) -> set[int] | None:
    if query.year_range:
        return set(range(query.year_range[0], query.year_range[1] + 1))
    if len(query.years) > 1:
        return set(query.years)
    if query.kind == "compare" and query.years:
        return {query.years[0] - 1, query.years[0]}
    return None


def _per_year(dataset: Dataset, query: Query, kind: str, topic: str, figures: Sequence[Figure]) -> Reply:
    """One line per year for reintegration, Dublin or DVZ figures."""
    wanted = _years_wanted(query)
    years = sorted({f.year for f in figures if wanted is None or f.year in wanted})
    if not years:
        return _not_available(query, topic, years_text(wanted or ()), figures)
    items, used = [], []
    for year in years:
        of_year = [f for f in figures if f.year == year]
        if kind == "reintegration":
            share = next(iter(_prefer_seed(dataset, [f for f in of_year if f.key == "share"])), None)
            count = next(iter(_prefer_seed(dataset, [f for f in of_year if f.key == "count"])), None)
            used += [f for f in (share, count) if f]
            items.append(f"{year}: {_reintegration_text(share, count)}")
        else:
            figure = _prefer_seed(dataset, of_year)[0]
            used.append(figure)
            items.append(f"{period_of(figure)}: {value_text(figure)}")
    return _reply(
        "utter_figure_per_year", query, topic=topic, items=dutch.join_list(items), source=source_line(dataset, used)
    )


def answer_dublin(dataset: Dataset, query: Query) -> Reply:
    figures = dataset.select(group="return", kind="dublin")
    if not query.years or len(query.years) > 1 or query.year_range:
        return _per_year(
            dataset,
            query,
            "dublin",
            "Dublin-vertrekken (georganiseerd door DVZ, niet meegeteld bij vrijwillige terugkeer)",
            figures,
        )
    figure = next((f for f in figures if f.year == query.years[0]), None)
    if figure is None:
        return _not_available(query, "Dublin-vertrekken", str(query.years[0]), figures)
    return _reply(
        "utter_figure_dublin",
        query,
        period=period_of(figure),
        value=value_text(figure),
        source=source_line(dataset, [figure]),
    )


def answer_dvz(dataset: Dataset, query: Query) -> Reply:
    figures = dataset.select(group="return", kind="total", part="dvz")
    if query.years == (2011,) or (
        query.years
        and not any(f.year == query.years[0] for f in figures)
        and dataset.select(group="return", kind="bus", year=query.years[0])
    ):
        return answer_bus(dataset, query)
    if not query.years or len(query.years) > 1 or query.year_range:
        return _per_year(
            dataset,
            query,
            "dvz",
            "vrijwillige terugkeer georganiseerd door de Dienst Vreemdelingenzaken (DVZ)",
            figures,
        )
    figure = next((f for f in figures if f.year == query.years[0]), None)
    if figure is None:
        return _not_available(query, "terugkeer via de Dienst Vreemdelingenzaken (DVZ)", str(query.years[0]), figures)
    total = dataset.one(group="return", kind="total", part="total", year=figure.year, period=figure.period)
    return _reply(
        "utter_figure_dvz",
        query,
        period=period_of(figure),
        value=value_text(figure),
        total=value_text(total) if total else NO_FIGURE,
        source=source_line(dataset, [figure]),
    )


def answer_bus(dataset: Dataset, query: Query) -> Reply:
    figures = dataset.select(group="return", kind="bus")
    year = query.years[0] if query.years else _latest_year(figures)
    figure = next((f for f in figures if f.year == year), None)
    if figure is None:
        return _not_available(query, "busreizen naar de Balkan", str(year), figures)
    total = dataset.one(group="return", kind="total", part="total", year=figure.year, period="year")
    return _reply(
        "utter_figure_bus",
        query,
        period=period_of(figure),
        value=value_text(figure),
        total=value_text(total) if total else NO_FIGURE,
        source=source_line(dataset, [figure]),
    )


# ------------------------------------------------------------------------------ comparisons, evolution, peak


def _change_text(old: float, new: float) -> str:
    difference = new - old
    if difference == 0:
        return "evenveel"
    word = "een stijging" if difference > 0 else "een daling"
    percent = dutch.format_change(difference / old * 100, "percent", places=1)
    return f"{word} met {dutch.format_int(abs(difference))} personen ({percent})"


def _compare_years(dataset: Dataset, query: Query, available: Sequence[int]) -> tuple[int, int]:
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
    if query.subject in PER_YEAR_KINDS:
        figures = (
            dataset.select(group="return", kind=query.subject)
            if query.subject != "dvz"
            else dataset.select(group="return", kind="total", part="dvz")
        )
        topics = {
            "reintegration": "re-integratiesteun",
            "dublin": "Dublin-vertrekken",
            "dvz": "vrijwillige terugkeer via DVZ",
        }
        return _per_year(dataset, query, query.subject, topics[query.subject], figures)
    totals = _whole_year_totals(dataset)
    first, second = _compare_years(dataset, query, list(totals))
    if query.subject == "country" and query.country:
        return _compare_country(dataset, query, first, second)
    for year in (first, second):
        if year not in totals:
            return _year_unknown(dataset, query, year)
    a, b = totals[first], totals[second]
    values = dict(
        period_a=str(first),
        value_a=value_text(a),
        period_b=str(second),
        value_b=value_text(b),
        change=_change_text(a.value, b.value),
    )
    published = dataset.one(group="return", kind="change", year=second, ref_year=first)
    if published is not None:
        return _reply(
            "utter_figure_compare_published",
            query,
            published=dutch.format_change(published.value),
            source=source_line(dataset, [a, b, published]),
            **values,
        )
    return _reply("utter_figure_compare", query, source=source_line(dataset, [a, b]), **values)


def _compare_country(dataset: Dataset, query: Query, first: int, second: int) -> Reply:
    found = {}
    for year in (first, second):
        candidates = [
            f
            for f in _country_figures(dataset)
            if f.key == query.country and f.year == year and f.part in ("all", "mentioned")
        ]
        whole = [f for f in candidates if f.period == "year"]
        if not (whole or candidates):
            return answer_country(dataset, replace(query, kind="country", years=(year,), subject=None))
        found[year] = (whole or candidates)[0]
    a, b = found[first], found[second]
    return _reply(
        "utter_figure_compare_country",
        query,
        country=query.country,
        period_a=period_of(a),
        value_a=value_text(a),
        period_b=period_of(b),
        value_b=value_text(b),
        change=_change_text(a.value, b.value),
        source=source_line(dataset, [a, b]),
    )


def answer_trend(dataset: Dataset, query: Query) -> Reply:
    if query.subject in PER_YEAR_KINDS:
        return answer_compare(dataset, query)
    if query.subject == "country" and query.country:
        return _country_years(dataset, query, query.country)
    totals = _totals(dataset)
    wanted = _years_wanted(query)
    years = sorted(y for y in totals if wanted is None or y in wanted)
    if not years:
        return _year_unknown(dataset, query, min(wanted) if wanted else 0)
    items, used = [], []
    for year in years:
        whole, partial = totals[year]
        if whole and partial:
            items.append(f"{year}: {value_text(whole)} (januari tot en met september: {value_text(partial)})")
            used += [whole, partial]
        elif whole:
            items.append(f"{year}: {value_text(whole)}")
            used.append(whole)
        elif partial:
            items.append(f"{period_of(partial)}: {value_text(partial)}")
            used.append(partial)
    return _reply("utter_figure_trend", query, items=", ".join(items), source=source_line(dataset, used))


def _peak_month(dataset: Dataset, query: Query) -> Reply:
    """The busiest (or quietest) month of a year with monthly figures."""
    months = dataset.select(group="return", kind="month", part="total")
    year = query.years[0] if query.years else _latest_year([f for f in months if f.period == "year"])
    of_year = [f for f in months if f.year == year]
    if not of_year:
        return _not_available(query, "terugkeer per maand", str(year), months)
    pick = min if query.low else max
    figure = pick(of_year, key=lambda f: f.value)
    period = period_of(figure) if figure.period != "year" else str(year)
    response = "utter_figure_low_month" if query.low else "utter_figure_peak_month"
    return _reply(
        response,
        query,
        period=period,
        month=dutch.month_name(int(figure.key)),  # type: ignore[arg-type]
        value=value_text(figure),
        source=source_line(dataset, [figure]),
    )


def answer_peak(dataset: Dataset, query: Query) -> Reply:
    if query.subject == "month":
        return _peak_month(dataset, query)
    totals = _whole_year_totals(dataset)
    wanted = _years_wanted(query) or (set(query.years) if query.years else None)
    years = [y for y in totals if wanted is None or y in wanted]
    if not years:
        return _year_unknown(dataset, query, min(wanted) if wanted else 0)
    pick = min if query.low else max
    year = pick(years, key=lambda y: totals[y].value)
    response = "utter_figure_low" if query.low else "utter_figure_peak"
    return _reply(
        response,
        query,
        first=min(years),
        last=max(years),
        year=year,
        value=value_text(totals[year]),
        source=source_line(dataset, [totals[year]]),
    )


# ------------------------------------------------------------------------------ overview


def answer_overview(dataset: Dataset, query: Query) -> Reply:
    totals = _totals(dataset)
    year = query.years[0] if query.years else max(totals)
    whole, partial = totals.get(year, (None, None))
    if whole is None and partial is None:
        return _year_unknown(dataset, query, year)
    used: list[Figure] = [f for f in (whole, partial) if f]
    if whole and partial:
        total = f"{value_text(whole)} (van {period_of(partial)}: {value_text(partial)})"
    else:
        total = value_text(whole or partial)  # type: ignore[arg-type]
    ranked = _ranked(dataset, year, "all")
    countries = NO_FIGURE
    if ranked:
        countries = _country_items(ranked[:5])
        if ranked[0].period != "year":
            countries += f" ({period_of(ranked[0])})"
        used += ranked[:5]
    profiles = [
        f
        for f in _prefer_seed(dataset, dataset.select(group="return", kind="profile", year=year))
        if f.unit == "percent"
    ]
    profile_text = NO_FIGURE
    if profiles:
        profile_text = dutch.join_list([f"{f.label} {value_text(f)}" for f in profiles])
        if profiles[0].period != "year":
            profile_text += f" ({period_of(profiles[0])})"
        used += profiles
    reint = dataset.select(group="return", kind="reintegration", year=year)
    share = next(iter(_prefer_seed(dataset, [f for f in reint if f.key == "share"])), None)
    count = next(iter(_prefer_seed(dataset, [f for f in reint if f.key == "count"])), None)
    used += [f for f in (count, share) if f]
    return _reply(
        "utter_figure_overview",
        query,
        period=str(year),
        total=total,
        countries=countries,
        profiles=profile_text,
        reintegration=_reintegration_text(share, count),
        source=source_line(dataset, used),
    )


# ------------------------------------------------------------------------------ reception (2023 annual report)

RECEPTION_OVERVIEW: tuple[str, ...] = (
    "capacity_total",
    "requests_total",
    "requests_received",
    "resettled",
    "relocated",
)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def answer_reception(dataset: Dataset, query: Query) -> Reply:
    reception_years = {y for f in dataset.select(group="reception") for y in (f.years or (f.year,))}
    fact = dataset.one(group="reception", key=query.reception) if query.reception else None
    if query.years and not any(y in (fact.years or (fact.year,) if fact else reception_years) for y in query.years):
        return _reply(
            "utter_figure_reception_not_available", query, year=dutch.join_list([str(y) for y in query.years])
        )
    if query.country and query.reception:
        match = reception_row(dataset, query.reception, query.country)
        if match.fact is not None:
            fact = match.fact
        elif match.table:
            topic = (match.table[0].section or "").split(" / ")[0].split(":")[0].lower()
            items = dutch.join_list([f"{f.country or 'andere landen'} {value_text(f)}" for f in match.table])
            return _reply(
                "utter_figure_reception_no_country",
                query,
                country=query.country,
                topic=topic,
                items=items,
                source=source_line(dataset, match.table),
            )
    if fact is None:
        facts = [dataset.one(group="reception", key=k) for k in RECEPTION_OVERVIEW]
        shown = [f for f in facts if f is not None]
        items = "; ".join(f"{_lower_first(f.label or str(f.key))}: {value_text(f)}" for f in shown)
        return _reply("utter_figure_reception_overview", query, items=items, source=source_line(dataset, shown))
    return _reply(
        "utter_figure_reception",
        query,
        label=fact.label or str(fact.key),
        value=value_text(fact),
        source=source_line(dataset, [fact]),
    )


# ------------------------------------------------------------------------------ entry points

ANSWERS = {
    "total": answer_total,
    "month": answer_month,
    "country": answer_country,
    "top": answer_top,
    "profile": answer_profile,
    "channel": lambda d, q: _simple_breakdown(
        d, q, "channel", "de herkomst van de terugkeeraanvragen", "utter_figure_channel"
    ),
    "age": lambda d, q: _simple_breakdown(d, q, "age", "de leeftijd van de terugkeerders", "utter_figure_age"),
    "family": lambda d, q: _simple_breakdown(
        d, q, "family", "de gezinssituatie van de terugkeerders", "utter_figure_family"
    ),
    "gender": answer_gender,
    "reintegration": answer_reintegration,
    "dublin": answer_dublin,
    "dvz": answer_dvz,
    "bus": answer_bus,
    "compare": answer_compare,
    "trend": answer_trend,
    "peak": answer_peak,
    "overview": answer_overview,
    "reception": answer_reception,
}


def answer(dataset: Dataset, query: Query) -> Reply:
    """The reply to a query."""
    return ANSWERS[query.kind](dataset, query)


def reply_to(
    dataset: Dataset,
    text: str,
    entities: Iterable[Mapping[str, Any]] = (),
    today: date | None = None,
    previous: Query | None = None,
) -> Reply:
    """Read a question (with NLU entities and the previous query) and answer it.

    A message without anything a figure question names ("en mijn broer?") gets no answer here:
    `Reply.response` is None and the caller hands it to the fallback.
    """
    question = parse_question(text, entities, today or date.today())
    if not question.asks_figure:
        return Reply(None, {}, previous)
    query = build_query(dataset, question, previous)
    return answer(dataset, query)
