"""Round 9 conventions of the intake parser (docs/intake.md), after dev_intake_9.yml and dev_intake_10.yml.

Own sentences, none copied from a development set.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.intake import client as c
from tools.eval.intake import parsed_slots


def _slots(text: str) -> dict[str, Any]:
    return parsed_slots(text)


@pytest.mark.parametrize(
    "text",
    [
        "De ouders hebben een geldig paspoort, de jongste nog geen.",
        "Paspoorten van de ouders zijn verlopen, de kinderen hebben er nooit een gehad.",
        "De vader heeft een paspoort, de kinderen staan nergens op.",
        "Mama heeft een geldige pas, de kinderen hebben enkel een geboorteakte.",
    ],
)
def test_one_family_member_without_a_passport_means_a_travel_document_is_needed(text: str) -> None:
    assert _slots(text)[c.SLOT_DOCUMENTS] == c.NO_DOCUMENTS


@pytest.mark.parametrize(
    "text",
    [
        "Paspoorten: de man geldig, dat van de vrouw is vorig jaar vervallen.",
        "mijn pas is goed, van mijn zoon is verlopen",
    ],
)
def test_one_family_member_with_an_expired_passport(text: str) -> None:
    assert _slots(text)[c.SLOT_DOCUMENTS] == c.EXPIRED


@pytest.mark.parametrize(
    "text",
    [
        "Zijn paspoort zit nog altijd bij de smokkelaars.",
        "no passport, the boss keeps it... they took it",
        "je n'ai pas de passeport",
        "paspoort niet, alleen een identiteitskaart",
    ],
)
def test_a_passport_out_of_reach_or_denied_is_none(text: str) -> None:
    assert _slots(text)[c.SLOT_DOCUMENTS] == c.NO_DOCUMENTS


@pytest.mark.parametrize(
    "text",
    [
        "Haar paspoort bewaren we op kantoor, het vervalt pas in 2030.",
        "paspoort heb ik nog, goed tot 2029",
        "Zijn paspoort verloopt volgende maand.",
        "my passport expires next year",
        "Reispas, geldig.",
        "De werkgever nam zijn paspoort af, maar hij kreeg zijn pas terug, nog geldig.",
        "passaporte is bon",
        "Het paspoort ligt bij zijn zus, het is nog geldig.",
    ],
)
def test_a_passport_valid_today(text: str) -> None:
    assert _slots(text)[c.SLOT_DOCUMENTS] == c.VALID_PASSPORT


def test_french_not_good_is_no_valid_passport() -> None:
    assert _slots("c'est pas bon")[c.SLOT_DOCUMENTS] is None


def test_a_residence_card_valid_until_june_says_nothing_of_the_passport() -> None:
    assert _slots("paspoort verlopen, verblijfskaart geldig tot juni")[c.SLOT_DOCUMENTS] == c.EXPIRED


@pytest.mark.parametrize(
    ("text", "vulnerability"),
    [
        ("Hij heeft een hartaandoening.", c.HEALTH),
        ("Ze is drugsverslaafd.", c.HEALTH),
        ("Wil terug naar zijn familie. Zware PTSS.", c.HEALTH),
        ("j'ai des problemes psychologiques", c.HEALTH),
        ("my husband is sick, asthma", c.HEALTH),
        ("ik ben 16 en alleen hier", c.MINOR),
        ("j'ai 15 ans, je suis seul", c.MINOR),
        ("met mijn man en 3 kinder", c.FAMILY),
    ],
)
def test_vulnerabilities_of_round_9(text: str, vulnerability: str) -> None:
    assert vulnerability in (_slots(text)[c.SLOT_VULNERABILITIES] or [])


@pytest.mark.parametrize(
    "text",
    [
        "Ze wil terug omdat opa ernstig ziek is.",
        "De vrouw is misschien zwanger, dat weten we volgende week.",
    ],
)
def test_not_the_clients_vulnerability(text: str) -> None:
    found = _slots(text)[c.SLOT_VULNERABILITIES] or []
    assert c.HEALTH not in found and c.PREGNANT not in found


def test_french_negations_rule_vulnerabilities_out() -> None:
    found = _slots("pas malade, pas d'enfants")[c.SLOT_VULNERABILITIES] or []
    assert c.HEALTH not in found and c.FAMILY not in found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Volgend verzoek ingediend, de beslissing is er nog niet.", c.PROCEDURE),
        ("ma demande d'asile est toujours en cours", c.PROCEDURE),
        ("asiel gevraagd, twee keer nee gekregen", c.NEGATIVE),
        ("je suis deboute de l'asile", c.NEGATIVE),
        ("asiel nooit gedaan, geen papieren", c.NO_RESIDENCE),
        ("Nooit asiel gevraagd; zijn aanvraag 9bis loopt nog bij DVZ.", c.OTHER_PROCEDURE),
        ("BGV gekregen nadat DVZ de aanvraag gezinshereniging weigerde.", c.OTHER_PROCEDURE),
        ("Zonder verblijf, nooit een aanvraag gedaan, ook geen tijdelijke bescherming.", c.NO_RESIDENCE),
        ("I have temporary protection until May.", c.OTHER_PROCEDURE),
    ],
)
def test_status_of_round_9(text: str, status: str) -> None:
    assert _slots(text)[c.SLOT_STATUS] == status


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Bewoner van het Rode Kruis-centrum Bierset, Guinees.", "Bierset"),
        ("je suis au centre croix-rouge de Florennes", "Florennes"),
        ("Fedasil-centrum Poelkapelle, cliënt uit Irak.", "Poelkapelle"),
    ],
)
def test_the_town_of_a_named_centre(text: str, city: str) -> None:
    assert _slots(text)[c.SLOT_CITY] == city


def test_a_future_transfer_is_not_the_place_now() -> None:
    text = "Hij zit in het opvangcentrum in Jumet, maar wordt binnenkort overgeplaatst naar een OTP in Tielt-Winge."
    slots = _slots(text)
    assert slots[c.SLOT_PLACE] == c.RECEPTION_CENTRE


def test_otp_as_an_order_to_leave_is_no_place() -> None:
    text = "Uitgeprocedeerd, OTP betekend vorige week, woont bij een vriend in Aalst."
    assert _slots(text)[c.SLOT_PLACE] == c.OUTSIDE


def test_a_left_centre_is_not_the_place() -> None:
    assert _slots("moest weg uit het centrum, nu slaap ik bij mijn neef")[c.SLOT_PLACE] == c.OUTSIDE


def test_the_nationality_outranks_a_regional_name() -> None:
    assert _slots("Tsjetsjeense vrouw met de Russische nationaliteit")[c.SLOT_COUNTRY] == "Rusland"
