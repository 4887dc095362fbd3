"""Round 6 conventions of the intake parser (docs/intake.md), after dev_intake_6.yml.

Own sentences, none copied from a development set.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.intake import client as c
from tools.eval.intake import parsed_slots


def _slots(text: str) -> dict[str, Any]:
    return parsed_slots(text)


def test_an_order_to_leave_without_any_application_is_no_legal_residence() -> None:
    text = "Hij kreeg een BGV bij een controle op de trein; hij heeft nooit asiel aangevraagd."
    assert _slots(text)[c.SLOT_STATUS] == c.NO_RESIDENCE
    assert _slots("Uitgeprocedeerd en een BGV gekregen.")[c.SLOT_STATUS] == c.NEGATIVE


def test_never_applied_for_anything_is_no_legal_residence() -> None:
    assert _slots("Ze heeft hier nooit iets aangevraagd.")[c.SLOT_STATUS] == c.NO_RESIDENCE


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Afgewezen. Hij heeft de OTP verlaten en slaapt nu bij een vriend in Mechelen.", c.OUTSIDE),
        ("Zijn tijd in de terugkeerplaats is voorbij; hij logeert bij zijn neef.", c.OUTSIDE),
        ("Ze zit nog in het opvangcentrum van Jabbeke, een transfer naar een OTP is gevraagd.", c.RECEPTION_CENTRE),
    ],
)
def test_a_place_left_or_only_planned_is_not_where_the_client_lives(text: str, place: str) -> None:
    assert _slots(text)[c.SLOT_PLACE] == place


def test_a_corrected_city_wins() -> None:
    slots = _slots("hij slaapt bij een vriend in Gent, euh nee, in Aalst")
    assert slots[c.SLOT_CITY] == "Aalst"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cliënte woont in Brugge.", None),
        ("Zonder papieren, woont in Brugge.", c.OUTSIDE),
        ("Uitgeprocedeerd, woont in Brugge.", c.OUTSIDE),
        ("Ze woont samen met haar partner in Lier.", c.OUTSIDE),
        ("Hij slaapt in zijn auto in Genk.", c.OUTSIDE),
        ("Slachtoffer van mensenhandel, in een opvanghuis in Gent.", c.OUTSIDE),
    ],
)
def test_a_bare_city_says_only_the_city(text: str, place: str | None) -> None:
    assert _slots(text)[c.SLOT_PLACE] == place


@pytest.mark.parametrize(
    ("text", "vulnerabilities"),
    [
        ("Tunesische man, gezond, uitgeprocedeerd.", None),
        ("Gezond en alleenstaand.", [c.NONE]),
        ("Gezond, geen kinderen.", [c.NONE]),
        ("kinderen heb ik niet hier", None),
        ("Hernia, kan niet meer werken.", [c.HEALTH]),
        ("Zijn 9ter loopt nog.", [c.HEALTH]),
        ("Ik wil terug want mijn mama is ziek.", None),
    ],
)
def test_vulnerabilities_round_6(text: str, vulnerabilities: list[str] | None) -> None:
    assert _slots(text)[c.SLOT_VULNERABILITIES] == vulnerabilities


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("Zijn paspoort ligt bij de DVZ maar is nog geldig.", c.VALID_PASSPORT),
        ("passport is still valid", c.VALID_PASSPORT),
        ("Haar paspoort heeft ze nog, maar dat is ook verlopen.", c.EXPIRED),
        ("paspoort fini depuis 2020", c.EXPIRED),
    ],
)
def test_documents_round_6(text: str, documents: str) -> None:
    assert _slots(text)[c.SLOT_DOCUMENTS] == documents


@pytest.mark.parametrize(
    ("text", "city"),
    [("Hij woont in Marcinelle.", "Charleroi"), ("OOC in Neder-Over-Heembeek", "Brussel")],
)
def test_districts_belong_to_their_desk_city(text: str, city: str) -> None:
    assert _slots(text)[c.SLOT_CITY] == city
