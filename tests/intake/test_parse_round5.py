"""Round 5 conventions of the intake parser (docs/intake.md): appeals, corrections, households, documents.

Own sentences, none copied from a development set.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.intake import client as c
from tools.eval.intake import canonical_place_names, parsed_slots


def _slots(text: str) -> dict[str, Any]:
    return parsed_slots(text)


@pytest.mark.parametrize(
    "text",
    [
        "Negatieve beslissing van het CGVS, maar ze heeft beroep aangetekend en dat loopt nog.",
        "Asiel afgewezen; de RvV moet nog beslissen over het beroep.",
        "Uitgeprocedeerd volgens hem, maar zijn beroep bij de RvV is nog in behandeling.",
    ],
)
def test_a_negative_decision_under_appeal_is_a_running_procedure(text: str) -> None:
    assert _slots(text)[c.SLOT_STATUS] == c.PROCEDURE


@pytest.mark.parametrize(
    "text",
    [
        "Negatief bij het CGVS, en de RvV heeft het beroep vorige maand verworpen.",
        "Asiel geweigerd, er is geen beroep ingediend.",
    ],
)
def test_a_rejected_or_missing_appeal_leaves_the_negative_decision(text: str) -> None:
    assert _slots(text)[c.SLOT_STATUS] == c.NEGATIVE


def test_broken_grammar_for_a_running_procedure() -> None:
    assert _slots("ik ben van guinee, asiel nog lopen")[c.SLOT_STATUS] == c.PROCEDURE


def test_without_residence_and_no_application_is_no_legal_residence() -> None:
    assert _slots("Geen enkele aanvraag gedaan, al jaren zonder verblijf.")[c.SLOT_STATUS] == c.NO_RESIDENCE


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("hij komt uit Albanië... nee sorry, ik bedoel Kosovo", "Kosovo"),
        ("Cliënte uit Ghana, nee correctie: uit Togo.", "Togo"),
    ],
)
def test_a_correction_names_the_country(text: str, country: str) -> None:
    assert _slots(text)[c.SLOT_COUNTRY] == country


def test_sorry_without_a_correction_keeps_the_first_country() -> None:
    assert _slots("Sorry voor het late bericht: mijn cliënt komt uit Mali.")[c.SLOT_COUNTRY] == "Mali"


@pytest.mark.parametrize(
    "text",
    [
        "Ze woont in een LOI met haar twee dochtertjes.",
        "Vrouw met een kindje van acht maanden, in een opvangcentrum.",
    ],
)
def test_little_children_make_a_family_with_children(text: str) -> None:
    assert c.FAMILY in (_slots(text)[c.SLOT_VULNERABILITIES] or [])


@pytest.mark.parametrize(
    "text",
    [
        "Hij woont bij zijn zoon in Aalst.",
        "Zijn vrouw en kinderen wonen in Dakar, hij is hier alleen.",
    ],
)
def test_a_child_who_houses_the_client_or_children_back_home_are_no_family_here(text: str) -> None:
    assert c.FAMILY not in (_slots(text)[c.SLOT_VULNERABILITIES] or [])


def test_a_childs_illness_is_no_vulnerability_of_the_parent() -> None:
    slots = _slots("Moeder met twee zonen in het LOI; de oudste heeft astma.")
    assert slots[c.SLOT_VULNERABILITIES] == [c.FAMILY]


@pytest.mark.parametrize("text", ["Ze heeft dementie.", "hij heeft probleem met zijn hart", "diabeet, insuline"])
def test_more_health_words(text: str) -> None:
    assert _slots(text)[c.SLOT_VULNERABILITIES] == [c.HEALTH]


def test_nobody_ill_denies_health() -> None:
    assert c.HEALTH not in (_slots("wij zijn met vier, niemand ziek")[c.SLOT_VULNERABILITIES] or [])


@pytest.mark.parametrize(
    "text",
    [
        "Geen kinderen, niet zwanger en geen medische problemen.",
        "Niets bijzonders qua kwetsbaarheid.",
    ],
)
def test_several_denials_or_nothing_special_is_no_vulnerability(text: str) -> None:
    assert _slots(text)[c.SLOT_VULNERABILITIES] == [c.NONE]


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("geen passport, nooit gehad", c.NO_DOCUMENTS),
        ("Paspoort kwijtgeraakt op de trein.", c.NO_DOCUMENTS),
        ("Een paspoort heeft ze niet.", c.NO_DOCUMENTS),
        ("Er is een laissez-passer nodig voor hem.", c.NO_DOCUMENTS),
        ("mijn paspoort is expired", c.EXPIRED),
        ("paspoort is nog goed, niet verlopen", c.VALID_PASSPORT),
    ],
)
def test_documents_in_more_wordings(text: str, documents: str) -> None:
    assert _slots(text)[c.SLOT_DOCUMENTS] == documents


def test_an_expired_passport_and_a_laissez_passer_needed_is_expired() -> None:
    assert _slots("Paspoort vervallen, dus een laissez-passer is nodig.")[c.SLOT_DOCUMENTS] == c.EXPIRED


def test_seraing_is_its_own_city_and_arlon_is_aarlen() -> None:
    assert _slots("Hij woont bij een vriend in Seraing.")[c.SLOT_CITY] == "Seraing"
    assert _slots("Ze woont bij haar zus in Arlon.")[c.SLOT_CITY] == "Aarlen"


def test_the_scorer_compares_places_not_spellings() -> None:
    label = {c.SLOT_COUNTRY: "Democratische Republiek Congo", c.SLOT_CITY: "Liège"}
    assert canonical_place_names(label) == {c.SLOT_COUNTRY: "DR Congo", c.SLOT_CITY: "Luik"}
    unknown = {c.SLOT_COUNTRY: "Atlantis", c.SLOT_CITY: "Florenville"}
    assert canonical_place_names(unknown) == unknown
