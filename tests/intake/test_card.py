"""The intake card (bot/intake/card.py): every status × place × document situation, every vulnerability.

Each line's source tags must trace to a passage that is really printed there: a brochure quote in
the brochure section the tag names, a second-source quote in fedasil-nieuws.md (always labelled),
a figure's quote in its seed. The rendered text is checked for what must and must not be said.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.intake import client as c
from bot.intake.card import (
    RESPONSES,
    Card,
    build_card,
    render_card,
    render_line,
    templates_from_domain,
)
from bot.intake.citations import BROCHURE, SECOND_SOURCE_TAG, SUPPORT_ENDED
from bot.intake.client import Client
from tests.figures_support import DATASET, SOURCES, squeeze

ROOT = Path(__file__).resolve().parents[2]
STATUSES = (*c.STATUSES, c.UNKNOWN)
PLACES = (*c.PLACES, c.UNKNOWN)
DOCUMENTS = (*c.DOCUMENTS, c.UNKNOWN)
VULNERABILITY_CASES = [(v,) for v in c.VULNERABILITIES] + [(c.NONE,), (c.UNKNOWN,), tuple(c.VULNERABILITIES)]
BROCHURE_SECTIONS = ("Sociale begeleiding", "Strikt vertrouwelijk", "Meer weten")


@lru_cache(maxsize=1)
def templates() -> dict[str, str]:
    with open(ROOT / "domain.yml", encoding="utf-8") as handle:
        return templates_from_domain(yaml.safe_load(handle))


@cache
def source_text(relative: str) -> str:
    text = (SOURCES / relative).read_text(encoding="utf-8")
    return squeeze(re.sub(r"(?<=\w)-\s*\n\s*(?=\w)", "", text))  # words broken over two lines joined


def _body() -> str:
    text = source_text(BROCHURE)
    return text[text.index("Inhoud") :]


@cache
def brochure_section(section: str) -> str:
    """The text of one brochure section, from its heading to the next one (after the contents page)."""
    body = _body()
    if section.startswith("§"):
        number = int(section[1:])
        start = body.index(f"{number}. ") if number != 5 else body.index("Luik Antwerpen")  # the map of §5's page
        nxt = body.find(f" {number + 1}. ", start + 3)
        return body[start : nxt if nxt != -1 else len(body)]
    if section == "Meer weten":
        return body[body.index("Meer weten") :]
    start = body.index(section)
    ends = [body.find(s, start + 1) for s in ("Een geïnformeerde keuze", "4. Migranten", "Steun op maat")]
    return body[start : min(e for e in ends if e > start)]


def card_for(
    status: str,
    place: str,
    documents: str,
    vulnerabilities: tuple[str, ...] = (c.NONE,),
    country: str = "Georgië",
    city: str | None = None,
) -> Card:
    client = Client(country, status, place, city, vulnerabilities, documents)
    return build_card(client, DATASET)


def check_sources(card: Card) -> None:
    """Every line has tags, every tag traces to a printed quote, no tag without a source."""
    for line in card.lines:
        text = render_line(line, templates())
        assert line.sources, line.kind
        for ref in line.sources:
            assert squeeze(ref.quote) in source_text(ref.path), (ref.tag, ref.quote)
            if ref.path == BROCHURE:
                assert ref.section is not None
                assert squeeze(ref.quote) in brochure_section(ref.section), (ref.section, ref.quote)
                label = ref.section if ref.section.startswith("§") else f"'{ref.section}'"
                assert label in text, (line.kind, label, text)
            else:
                assert ref.tag in text, (line.kind, ref.tag, text)
        # No tag in the text without a source behind it.
        cited = {r.section for r in line.sources if r.section}
        for number in re.findall(r"§(\d+)", text):
            assert f"§{number}" in cited, (line.kind, number, text)
        for name in BROCHURE_SECTIONS:
            if f"'{name}'" in text:
                assert name in cited, (line.kind, name)
        if SECOND_SOURCE_TAG in text:
            assert any(r.tag == SECOND_SOURCE_TAG for r in line.sources)
        assert re.search(r"\((brochure|Fedasil)[^()]*(\([^()]*\))?[^()]*\)\.?$", text), (line.kind, text)


def check_no_promise(text: str) -> None:
    assert not re.search(r"€|\beuro\b|\d+ ?EUR\b", text, re.IGNORECASE), text
    assert not re.search(r"\bkrijgt\b|\bzal .* krijgen\b|\bgegarandeerd\b|\bzeker\b", text), text
    assert "het terugkeerloket beslist" in text


@pytest.mark.parametrize(("status", "place", "documents"), list(itertools.product(STATUSES, PLACES, DOCUMENTS)))
def test_every_status_place_and_document_situation(status: str, place: str, documents: str) -> None:
    card = card_for(status, place, documents)
    text = render_card(card, templates())
    check_sources(card)
    check_no_promise(text)
    assert [line.kind for line in card.lines] == [
        "eligible",
        "reception",
        "reintegration",
        "documents",
        "apply",
        "figures",
        "closing",
    ]
    assert len(text.splitlines()) == 1 + len(card.lines)  # one compact message: the summary, one row per line
    eligible = render_line(card.line("eligible"), templates())
    reception = render_line(card.line("reception"), templates())
    reintegration = render_line(card.line("reintegration"), templates())
    docs = render_line(card.line("documents"), templates())
    apply = render_line(card.line("apply"), templates())
    # Eligible (§3): yes for every known status; the general rule when the status is unknown.
    if status == c.UNKNOWN:
        assert "elke migrant zonder wettig verblijf of in procedure komt in aanmerking" in eligible
    else:
        assert "In aanmerking: ja." in eligible
    if status == c.NO_RESIDENCE:
        assert "nooit een verblijfsprocedure" in eligible
    # Reception (§4, §8, §9): after a negative decision only an open return place, for a limited time.
    assert "realistisch is en binnen afzienbare tijd" in reception
    if status == c.NEGATIVE:
        assert "beperkte tijd" in reception
        if place != c.RETURN_PLACE:
            assert "alleen nog opvang krijgen in een open terugkeerplaats" in reception
    else:
        assert "beperkte tijd" not in reception
    if place == c.RETURN_PLACE:
        assert "open terugkeerplaats" in reception and "§9" in reception
    # Reintegration (§7): by status; never a promise.
    assert "land van herkomst, administratieve status en kwetsbaarheid" in reintegration
    expected = {
        c.PROCEDURE: "asielzoekers met een lopende procedure komen in aanmerking",
        c.NEGATIVE: "recent een negatieve beslissing kreeg, komt in aanmerking",
        c.NO_RESIDENCE: "zonder wettig verblijf komen in aanmerking",
        c.OTHER_PROCEDURE: "noemt deze status niet apart",
    }
    if status in expected:
        assert expected[status] in reintegration
    # Travel documents (§11): what the client needs; embassies; costs reimbursed when documents are needed.
    assert "(paspoort of laissez-passer)" in docs and "ambassades" in docs
    if documents in (c.EXPIRED, c.NO_DOCUMENTS, c.UNKNOWN):
        assert "worden vergoed" in docs
    if documents == c.EXPIRED:
        assert "verlopen" in docs
    # Where to apply: no city given, so the five desks; in the network also the social worker; always the number.
    assert "0800 32 745" in apply
    for city in c.DESK_CITIES:
        assert city in apply
    assert ("maatschappelijk werker" in apply) == (place in (c.RECEPTION_CENTRE, c.RETURN_PLACE))


@pytest.mark.parametrize("vulnerabilities", VULNERABILITY_CASES, ids=lambda v: "+".join(v))
def test_every_vulnerability(vulnerabilities: tuple[str, ...]) -> None:
    card = card_for(c.NEGATIVE, c.RETURN_PLACE, c.VALID_PASSPORT, vulnerabilities)
    check_sources(card)
    line = render_line(card.line("reintegration"), templates())
    summary = render_card(card, templates()).splitlines()[0]
    labels = {v: templates()[f"utter_intake_label_vulnerability_{v}"] for v in (*c.VULNERABILITIES, c.NONE, c.UNKNOWN)}
    real = [v for v in vulnerabilities if v in c.VULNERABILITIES]
    if real:
        assert "Extra aandacht voor: " + ", ".join(labels[v] for v in real) + "." in line
        for v in real:
            assert labels[v] in summary
        for v in set(c.VULNERABILITIES) - set(real):
            assert labels[v] not in line
    elif vulnerabilities == (c.UNKNOWN,):
        assert "Vraag naar kwetsbaarheden" in line and labels[c.UNKNOWN] in summary
    else:
        assert "Extra aandacht" not in line and "kwetsbaarheden:" not in line and labels[c.NONE] in summary


@pytest.mark.parametrize("city", c.DESK_CITIES)
@pytest.mark.parametrize("place", PLACES)
def test_the_desk_of_the_clients_city(city: str, place: str) -> None:
    card = card_for(c.NO_RESIDENCE, place, c.NO_DOCUMENTS, city=city)
    check_sources(card)
    apply = render_line(card.line("apply"), templates())
    assert f"terugkeerloket van Fedasil in {city}" in apply and "0800 32 745" in apply
    assert all(other not in apply for other in c.DESK_CITIES if other != city)


def test_a_city_without_a_desk_gets_the_five_desks() -> None:
    card = card_for(c.NO_RESIDENCE, c.OUTSIDE, c.NO_DOCUMENTS, city="Leuven")
    check_sources(card)
    apply = render_line(card.line("apply"), templates())
    assert "In Leuven is geen terugkeerloket" in apply.replace("in Leuven", "In Leuven")
    assert all(city in apply for city in c.DESK_CITIES) and "partnerorganisatie" in apply


@pytest.mark.parametrize("country", SUPPORT_ENDED)
def test_support_ended_for_brazil_and_moldova_labelled_as_the_second_source(country: str) -> None:
    card = card_for(c.NO_RESIDENCE, c.OUTSIDE, c.VALID_PASSPORT, country=country)
    check_sources(card)
    line = render_line(card.line("reintegration"), templates())
    assert f"re-integratiesteun voor {country} stopgezet" in line and f"({SECOND_SOURCE_TAG})" in line
    assert "ended by ministerial decision" in source_text("sources/fedasil-nieuws.md")


def test_no_second_source_claim_for_other_countries() -> None:
    for country in ("Georgië", "Syrië", "Senegal"):
        line = render_line(
            card_for(c.NEGATIVE, c.OUTSIDE, c.NO_DOCUMENTS, country=country).line("reintegration"), templates()
        )
        assert "stopgezet" not in line and SECOND_SOURCE_TAG not in line


def test_figures_for_brazil_newest_and_with_reintegration_support() -> None:
    card = card_for(c.NO_RESIDENCE, c.OUTSIDE, c.VALID_PASSPORT, country="Brazilië")
    check_sources(card)
    line = render_line(card.line("figures"), templates())
    assert "januari tot en met september 2025: 685 terugkeerders" in line
    assert "2023: 996 terugkeerders, van wie 574 met re-integratiesteun (Fedasil, Balans 2023 (jaarverslag))" in line
    report = source_text("seeds/004_036bdb800709a3cc.txt")
    assert "Brazilië 996" in report and "Brazilië 574" in report


def test_figures_from_the_second_source_are_labelled() -> None:
    card = card_for(c.NEGATIVE, c.OUTSIDE, c.VALID_PASSPORT, country="Syrië")
    check_sources(card)
    line = render_line(card.line("figures"), templates())
    assert f"2025: 219 terugkeerders ({SECOND_SOURCE_TAG})" in line
    assert "219 Syrians" in source_text("sources/fedasil-nieuws.md")


def test_figures_only_with_support_say_the_total_is_not_listed() -> None:
    line = render_line(
        card_for(c.PROCEDURE, c.RECEPTION_CENTRE, c.NO_DOCUMENTS, country="Irak").line("figures"), templates()
    )
    assert "2023: 65 met re-integratiesteun, het totaal is niet apart vermeld" in line


@pytest.mark.parametrize("country", ["Senegal", c.UNKNOWN])
def test_a_country_without_figures_says_so(country: str) -> None:
    card = card_for(c.NEGATIVE, c.OUTSIDE, c.NO_DOCUMENTS, country=country)
    check_sources(card)
    line = render_line(card.line("figures"), templates())
    assert re.search(r"\d", line.replace("0800", "")) is None or "fedasil.be" in line
    assert ("niet apart vermeld" in line) if country == "Senegal" else ("geen land opgegeven" in line)


def test_every_country_with_figures_has_a_sourced_line() -> None:
    countries = {str(f.key) for f in DATASET.select(group="return", kind="country") if f.key != "Andere"}
    for country in sorted(countries):
        card = card_for(c.NO_RESIDENCE, c.OUTSIDE, c.NO_DOCUMENTS, country=country)
        check_sources(card)
        assert "niet apart vermeld in de cijfers" not in render_line(card.line("figures"), templates())


def test_every_intake_response_is_in_the_domain_and_used() -> None:
    names = {n for n in templates() if n.startswith(("utter_intake_", "utter_ask_intake_"))}
    assert names == set(RESPONSES)


def test_domain_texts_never_promise_or_give_an_amount() -> None:
    for name in RESPONSES:
        text: Any = templates()[name]
        assert not re.search(r"€|\beuro\b|\bkrijgt\b", text), name
