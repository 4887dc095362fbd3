"""The intake card: what applies to this client, one line per topic, each with its source.

`build_card(client, dataset)` chooses, for every line, the domain.yml responses to use and the
values to fill in, and lists the source passages each line rests on (`SourceRef`: the file, the
tag shown to the user and a quote that is printed in that file). `render_card(card, templates)`
turns it into the text of ONE message with the templates from domain.yml; no Dutch sentence is
written here. Never an amount, never a promise: the lines say "komt in aanmerking" and "kan",
and the closing line says that the return desk decides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bot.intake import client as c
from bot.intake.citations import (
    ELIGIBLE_SOURCES,
    MORE_ADDRESSES,
    MORE_FIGURES,
    MORE_PHONE,
    S4_CITIES,
    S4_NEGATIVE,
    S5_DESKS,
    S5_PARTNERS,
    S5_TAILORED,
    S7_ATTENTION,
    S7_DEPENDS,
    S7_SITUATION,
    S7_STATUS,
    S7_VULNERABILITY,
    S8_CONDITION,
    S8_UNTIL,
    S8_WHERE,
    S9_LIMITED,
    S9_OPEN,
    S11_COSTS,
    S11_EMBASSIES,
    S11_SELF,
    SECOND,
    SECOND_SOURCE_TAG,
    SOCIAL,
    SUPPORT_ENDED,
    SourceRef,
    desk_city_source,
)
from bot.intake.client import Client
from bot.intake.sources import CountryFigure, Dataset, country_figures, format_value


@dataclass(frozen=True)
class Part:
    """One domain.yml response with the values to fill in."""

    key: str
    values: Mapping[str, Value] = field(default_factory=dict)


@dataclass(frozen=True)
class Joined:
    """Several parts rendered and joined (the vulnerabilities, the figure items)."""

    parts: tuple[Part, ...]
    separator: str = ", "


Value = str | Part | Joined


@dataclass(frozen=True)
class Line:
    """One line of the card: what it is about, its text parts, and its sources."""

    kind: str  # eligible | reception | reintegration | documents | apply | figures | closing
    parts: tuple[Part, ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Card:
    """The card for one client: a summary of what the intake understood, the lines, the closing."""

    summary: Joined
    lines: tuple[Line, ...]

    def line(self, kind: str) -> Line:
        """The line of one kind."""
        return next(line for line in self.lines if line.kind == kind)


LINE_KINDS: tuple[str, ...] = ("eligible", "reception", "reintegration", "documents", "apply", "figures", "closing")


# ------------------------------------------------------------------------------ lines


def _status(client: Client) -> str:
    return client.status if client.status in c.STATUSES else c.UNKNOWN


def _place(client: Client) -> str:
    return client.place if client.place in c.PLACES else c.UNKNOWN


def eligible_line(client: Client) -> Line:
    status = _status(client)
    return Line("eligible", (Part(f"utter_intake_line_eligible_{status}"),), ELIGIBLE_SOURCES[status])


def reception_line(client: Client) -> Line:
    status, place = _status(client), _place(client)
    sources: tuple[SourceRef, ...]
    if status == c.NEGATIVE:
        if place == c.RETURN_PLACE:
            key, sources = "return_place_negative", (S8_UNTIL, S8_CONDITION, S9_LIMITED)
        elif place == c.RECEPTION_CENTRE:
            key, sources = "negative_centre", (S4_NEGATIVE, S9_LIMITED, S8_UNTIL, S8_CONDITION)
        else:
            key, sources = "negative_outside", (S4_NEGATIVE, S9_LIMITED, S8_WHERE, S8_CONDITION)
    elif place == c.RETURN_PLACE:
        key, sources = "return_place", (S8_UNTIL, S8_WHERE, S8_CONDITION, S9_OPEN)
    elif place == c.RECEPTION_CENTRE:
        key, sources = "stay", (S8_UNTIL, S8_CONDITION)
    elif place == c.OUTSIDE:
        key, sources = "outside", (S8_UNTIL, S8_WHERE, S8_CONDITION)
    else:
        key, sources = "unknown", (S8_UNTIL, S8_WHERE, S8_CONDITION)
    return Line("reception", (Part(f"utter_intake_line_reception_{key}"),), sources)


def vulnerability_labels(vulnerabilities: Sequence[str]) -> Joined:
    return Joined(tuple(Part(f"utter_intake_label_vulnerability_{v}") for v in vulnerabilities))


REINTEGRATION_SOURCE = "utter_intake_reintegration_source"


def reintegration_line(client: Client) -> Line:
    status = _status(client)
    parts: list[Part] = []
    sources: list[SourceRef] = []
    if client.country in SUPPORT_ENDED:
        parts.append(Part("utter_intake_line_reintegration_ended", {"country": client.country}))
        sources += [SECOND, S7_DEPENDS]
    else:
        parts.append(Part(f"utter_intake_line_reintegration_{status}"))
        sources += [S7_DEPENDS] + ([S7_STATUS[status]] if status in S7_STATUS else [])
        if client.country is None or client.country == c.UNKNOWN:
            parts.append(Part("utter_intake_reintegration_no_country"))
    vulnerable = client.real_vulnerabilities
    if vulnerable:
        parts.append(
            Part("utter_intake_reintegration_vulnerable", {"vulnerabilities": vulnerability_labels(vulnerable)})
        )
        sources += [S7_ATTENTION] + [S7_VULNERABILITY[v] for v in vulnerable]
    elif not client.vulnerabilities or c.UNKNOWN in client.vulnerabilities:
        parts.append(Part("utter_intake_reintegration_vulnerable_unknown"))
        sources += [S7_ATTENTION, *S7_VULNERABILITY.values()]
    parts.append(Part(REINTEGRATION_SOURCE))  # one "(brochure §7)" at the end of the line
    return Line("reintegration", tuple(parts), tuple(dict.fromkeys(sources)))


def documents_line(client: Client) -> Line:
    documents = client.documents if client.documents in c.DOCUMENTS else c.UNKNOWN
    sources = (S11_SELF, S11_EMBASSIES) if documents == c.VALID_PASSPORT else (S11_SELF, S11_EMBASSIES, S11_COSTS)
    return Line("documents", (Part(f"utter_intake_line_documents_{documents}"),), sources)


def apply_line(client: Client) -> Line:
    in_network = _place(client) in (c.RECEPTION_CENTRE, c.RETURN_PLACE)
    suffix = "_network" if in_network else ""
    extra = (SOCIAL,) if in_network else ()
    if client.city in c.DESK_CITIES:
        return Line(
            "apply",
            (Part(f"utter_intake_line_apply_desk{suffix}", {"city": client.city}),),
            (S5_DESKS, desk_city_source(client.city), S5_PARTNERS, *extra, MORE_ADDRESSES, MORE_PHONE),
        )
    sources = (
        S5_DESKS,
        *(desk_city_source(city) for city in c.DESK_CITIES),
        S4_CITIES,
        *extra,
        MORE_ADDRESSES,
        MORE_PHONE,
    )
    if client.city and client.city != c.UNKNOWN:
        return Line("apply", (Part(f"utter_intake_line_apply_other_city{suffix}", {"city": client.city}),), sources)
    return Line("apply", (Part(f"utter_intake_line_apply_five{suffix}"),), sources)


def _figure_source(figure: CountryFigure) -> tuple[Part, SourceRef]:
    quote = figure.quotes[0]
    if figure.second:
        return Part("utter_intake_source_second"), SourceRef(figure.source_path, SECOND_SOURCE_TAG, None, quote)
    tag = f"Fedasil, {figure.source_title}"
    return Part("utter_intake_source_seed", {"title": figure.source_title}), SourceRef(
        figure.source_path, tag, None, quote
    )


def chosen_figures(figures: Sequence[CountryFigure]) -> list[CountryFigure]:
    """The newest year's figures, and the newest with reintegration support if that year has none."""
    if not figures:
        return []
    newest = figures[0].year
    chosen = [f for f in figures if f.year == newest][:2]
    if not any(f.reintegration is not None for f in chosen):
        with_support = next((f for f in figures if f.reintegration is not None), None)
        if with_support is not None:
            chosen.append(with_support)
    return chosen


def figures_line(client: Client, dataset: Dataset) -> Line:
    country = client.country
    if not country or country == c.UNKNOWN:
        return Line("figures", (Part("utter_intake_line_figures_no_country"),), (MORE_FIGURES,))
    chosen = chosen_figures(country_figures(dataset, country))
    if not chosen:
        return Line("figures", (Part("utter_intake_line_figures_not_listed", {"country": country}),), (MORE_FIGURES,))
    items: list[Part] = []
    sources: list[SourceRef] = []
    for figure in chosen:
        source_part, source_ref = _figure_source(figure)
        sources += [SourceRef(source_ref.path, source_ref.tag, None, q) for q in figure.quotes]
        values: dict[str, Value] = {"period": figure.period, "source": source_part}
        if figure.returns is not None and figure.reintegration is not None:
            key = "utter_intake_figure_returns_reintegration"
            values |= {"returns": format_value(figure.returns), "reintegration": format_value(figure.reintegration)}
        elif figure.returns is not None:
            key = "utter_intake_figure_returns"
            values |= {"returns": format_value(figure.returns)}
        else:
            key = "utter_intake_figure_reintegration_only"
            values |= {"reintegration": format_value(figure.reintegration or 0)}
        items.append(Part(key, values))
    part = Part("utter_intake_line_figures", {"country": country, "items": Joined(tuple(items), "; ")})
    return Line("figures", (part,), tuple(sources))


def closing_line() -> Line:
    return Line("closing", (Part("utter_intake_line_closing"),), (S5_TAILORED, S7_SITUATION))


def summary(client: Client) -> Joined:
    """What the intake understood, so the social worker can check it: "Georgië · negatieve beslissing · ..."."""
    parts = [
        Part("utter_intake_label_country", {"country": client.country})
        if client.country and client.country != c.UNKNOWN
        else Part("utter_intake_label_country_unknown"),
        Part(f"utter_intake_label_status_{_status(client)}"),
        Part(f"utter_intake_label_place_{_place(client)}"),
    ]
    if client.city and client.city != c.UNKNOWN:
        parts.append(Part("utter_intake_label_city", {"city": client.city}))
    vulnerable = client.real_vulnerabilities
    if vulnerable:
        parts += list(vulnerability_labels(vulnerable).parts)
    elif client.vulnerabilities and c.NONE in client.vulnerabilities:
        parts.append(Part("utter_intake_label_vulnerability_none"))
    else:
        parts.append(Part("utter_intake_label_vulnerability_unknown"))
    documents = client.documents if client.documents in c.DOCUMENTS else c.UNKNOWN
    parts.append(Part(f"utter_intake_label_documents_{documents}"))
    return Joined(tuple(parts), " · ")


def build_card(client: Client, dataset: Dataset) -> Card:
    """The card for the client."""
    return Card(
        summary=summary(client),
        lines=(
            eligible_line(client),
            reception_line(client),
            reintegration_line(client),
            documents_line(client),
            apply_line(client),
            figures_line(client, dataset),
            closing_line(),
        ),
    )


# ------------------------------------------------------------------------------ rendering

CARD_RESPONSE = "utter_intake_card"
FOLLOWUP_RESPONSE = "utter_intake_followup"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render_value(value: Value, templates: Mapping[str, str]) -> str:
    if isinstance(value, Part):
        return render_part(value, templates)
    if isinstance(value, Joined):
        return value.separator.join(render_part(p, templates) for p in value.parts)
    return str(value)


def render_part(part: Part, templates: Mapping[str, str]) -> str:
    """A response filled with its values; KeyError for an unknown response or placeholder."""
    template = templates[part.key]
    return _PLACEHOLDER.sub(lambda m: render_value(part.values[m[1]], templates), template)


def render_line(line: Line, templates: Mapping[str, str]) -> str:
    return " ".join(render_part(p, templates) for p in line.parts)


def card_values(card: Card, templates: Mapping[str, str]) -> dict[str, str]:
    """The values of `utter_intake_card`: the summary and the lines, one per row."""
    return {
        "summary": render_value(card.summary, templates),
        "lines": "\n".join(render_line(line, templates) for line in card.lines),
    }


def render_card(card: Card, templates: Mapping[str, str]) -> str:
    """The whole card as the user sees it."""
    return render_part(Part(CARD_RESPONSE, card_values(card, templates)), templates)


def templates_from_domain(domain: Mapping[str, object]) -> dict[str, str]:
    """The first text of every response in a domain dict (what `render_part` fills in)."""
    responses = domain.get("responses") or {}
    assert isinstance(responses, Mapping)
    return {name: variants[0]["text"] for name, variants in responses.items() if variants and "text" in variants[0]}


def _response_names() -> frozenset[str]:
    statuses = (*c.STATUSES, c.UNKNOWN)
    places = (*c.PLACES, c.UNKNOWN)
    documents = (*c.DOCUMENTS, c.UNKNOWN)
    names = {
        CARD_RESPONSE,
        FOLLOWUP_RESPONSE,
        "utter_intake_followup_unknown",
        "utter_intake_country_unknown",
        "utter_intake_not_understood",
        "utter_intake_no_personal_data",
        "utter_intake_stopped",
        "utter_intake_label_country",
        "utter_intake_label_country_unknown",
        "utter_intake_label_city",
        "utter_intake_line_reintegration_ended",
        "utter_intake_reintegration_no_country",
        "utter_intake_reintegration_vulnerable",
        "utter_intake_reintegration_vulnerable_unknown",
        REINTEGRATION_SOURCE,
        "utter_intake_line_figures",
        "utter_intake_line_figures_not_listed",
        "utter_intake_line_figures_no_country",
        "utter_intake_figure_returns",
        "utter_intake_figure_returns_reintegration",
        "utter_intake_figure_reintegration_only",
        "utter_intake_source_seed",
        "utter_intake_source_second",
        "utter_intake_line_closing",
    }
    names |= {f"utter_ask_{slot}" for slot in c.REQUIRED_SLOTS}  # the form asks with these
    names.add("utter_ask_intake_vulnerabilities_documents")  # both at once (bot/intake/dialogue.py)
    names |= {f"utter_intake_label_status_{s}" for s in statuses}
    names |= {f"utter_intake_line_eligible_{s}" for s in statuses}
    names |= {f"utter_intake_line_reintegration_{s}" for s in statuses}
    names |= {f"utter_intake_label_place_{p}" for p in places}
    names |= {f"utter_intake_label_documents_{d}" for d in documents}
    names |= {f"utter_intake_line_documents_{d}" for d in documents}
    names |= {f"utter_intake_label_vulnerability_{v}" for v in (*c.VULNERABILITIES, c.NONE, c.UNKNOWN)}
    names |= {
        f"utter_intake_line_reception_{k}"
        for k in (
            "stay",
            "return_place",
            "return_place_negative",
            "negative_centre",
            "negative_outside",
            "outside",
            "unknown",
        )
    }
    names |= {f"utter_intake_line_apply_{k}{n}" for k in ("desk", "five", "other_city") for n in ("", "_network")}
    return frozenset(names)


# Every response the intake actions utter or render (tests check them against domain.yml).
RESPONSES: frozenset[str] = _response_names()
