"""Round 7 conventions of the intake parser (docs/intake.md), after dev_intake_7.yml.

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
    ("text", "documents"),
    [
        ("my passport is expire since 2022", c.EXPIRED),
        ("passeport périmé depuis un an", c.EXPIRED),
        ("zijn paspoort is over datum", c.EXPIRED),
        ("mon passeport est valable", c.VALID_PASSPORT),
        ("passaporte valid", c.VALID_PASSPORT),
        ("het paspoort is goed", c.VALID_PASSPORT),
        ("no passport, the embassy will make a laissez passer", c.NO_DOCUMENTS),
        ("passeport perdu dans le train", c.NO_DOCUMENTS),
        ("Haar paspoort werd door de man die haar liet werken afgenomen.", c.NO_DOCUMENTS),
        ("De baas nam zijn paspoort meteen af.", c.NO_DOCUMENTS),
    ],
)
def test_documents_in_english_french_and_longer_wordings(text: str, documents: str) -> None:
    assert _slots(text)[c.SLOT_DOCUMENTS] == documents


def test_documents_none_as_a_line_of_a_list() -> None:
    text = "Intake\nland: Marokko\nstatus: uitgeprocedeerd\ndocumenten: geen"
    assert _slots(text)[c.SLOT_DOCUMENTS] == c.NO_DOCUMENTS
    assert _slots("Hij heeft een paspoort, geen kinderen.")[c.SLOT_DOCUMENTS] == c.VALID_PASSPORT


def test_an_unknown_passport_outranks_no_papers() -> None:
    text = "Ze heeft geen papieren. Of ze een paspoort heeft, weet ik niet."
    assert _slots(text)[c.SLOT_DOCUMENTS] is None
    assert _slots("Hij heeft geen papieren.")[c.SLOT_DOCUMENTS] == c.NO_DOCUMENTS


def test_a_corrected_passport_statement_takes_the_correction() -> None:
    assert _slots("Paspoort geldig, nee wacht: vervallen sinds maart.")[c.SLOT_DOCUMENTS] == c.EXPIRED
    assert _slots("Zijn visum is verlopen.")[c.SLOT_DOCUMENTS] is None


@pytest.mark.parametrize(
    "text",
    [
        "Ze heeft borstkanker.",
        "Hij is nierpatiënt en gaat naar de dialyse.",
        "Ze heeft hoge bloeddruk.",
        "Zwangerschapsdiabetes, verder ok.",
        "Hij heeft reuma en hartfalen.",
        "je suis malade",
    ],
)
def test_more_illnesses_are_health(text: str) -> None:
    assert c.HEALTH in _slots(text)[c.SLOT_VULNERABILITIES]


def test_a_relatives_illness_in_english_is_not_the_clients() -> None:
    assert _slots("I live with my cousin, my father is very sick at home.")[c.SLOT_VULNERABILITIES] is None
    assert _slots("mijn zoon woont in Marokko. ik ben ziek")[c.SLOT_VULNERABILITIES] == [c.HEALTH]


@pytest.mark.parametrize(
    "text",
    ["mijn kinderen zijn in Ghana", "haar zoon woont nog in Dakar bij haar moeder", "zijn dochter is thuis"],
)
def test_children_who_live_elsewhere_are_no_family_here(text: str) -> None:
    assert _slots(text)[c.SLOT_VULNERABILITIES] is None


def test_children_who_live_with_the_client_are_a_family() -> None:
    text = "Wij en onze twee kinderen wonen in een appartement in Gent."
    assert _slots(text)[c.SLOT_VULNERABILITIES] == [c.FAMILY]
    assert _slots("me and my son 6 years live in the centre")[c.SLOT_VULNERABILITIES] == [c.FAMILY]


def test_a_former_minor_who_is_now_of_age_is_no_minor() -> None:
    text = "Hij kwam als niet-begeleide minderjarige, maar is inmiddels meerderjarig."
    assert _slots(text)[c.SLOT_VULNERABILITIES] is None
    assert _slots("Niet-begeleide minderjarige, 16 jaar.")[c.SLOT_VULNERABILITIES] == [c.MINOR]


def test_a_denied_illness_with_alone_is_no_vulnerability() -> None:
    assert _slots("geen ziekte, ik ben hier alleen")[c.SLOT_VULNERABILITIES] == [c.NONE]
    assert _slots("i am healthy, alone here")[c.SLOT_VULNERABILITIES] == [c.NONE]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("my asylum is refused", c.NEGATIVE),
        ("asile refusé, negatif", c.NEGATIVE),
        ("I never asked asylum here", c.NO_RESIDENCE),
        ("no papers, never ask anything", c.NO_RESIDENCE),
        ("zijn arbeidskaart werd niet verlengd", c.OTHER_PROCEDURE),
        ("my work permit is refused", c.OTHER_PROCEDURE),
        ("Na een negatieve beslissing diende ze een volgend verzoek in; dat is nog in behandeling.", c.PROCEDURE),
        ("Na een negatieve beslissing diende ze een volgend verzoek in, ook dat werd geweigerd.", c.NEGATIVE),
    ],
)
def test_status_in_english_french_and_after_a_subsequent_application(text: str, status: str) -> None:
    assert _slots(text)[c.SLOT_STATUS] == status


def test_the_status_after_a_correction_wins() -> None:
    text = "Ze is uitgeprocedeerd... nee sorry, verkeerd dossier: ze heeft nooit asiel aangevraagd."
    assert _slots(text)[c.SLOT_STATUS] == c.NO_RESIDENCE


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I stay with my brother in Liège", c.OUTSIDE),
        ("i rent a room in Leuven", c.OUTSIDE),
        ("i sleep in the street", c.OUTSIDE),
        ("ze logeert in een kraakpand", c.OUTSIDE),
        ("ik ben in de terugkeer centrum", c.RETURN_PLACE),
        # a named centre outranks a wish to be with a relative
        ("Hij verblijft in het Rode Kruis-centrum en wil terug bij zijn moeder zijn.", c.RECEPTION_CENTRE),
        # an order to leave Belgium is not leaving the OTP
        ("Hij kreeg een bevel om België te verlaten; nu woont hij in de OTP van Holsbeek.", c.RETURN_PLACE),
        ("Ze woont niet meer in het opvangcentrum maar bij een vriendin.", c.OUTSIDE),
    ],
)
def test_places_in_more_wordings(text: str, place: str) -> None:
    assert _slots(text)[c.SLOT_PLACE] == place


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Hij verblijft in het centrum van Huy.", "Hoei"),
        ("Ze woont in Jambes.", "Namen"),
        ("OTP in Jodoigne", "Geldenaken"),
        ("Hij studeerde in Luik. Hij woont nu op een kamer in Verviers.", "Verviers"),
    ],
)
def test_cities_and_the_city_where_the_client_lives_now(text: str, city: str) -> None:
    assert _slots(text)[c.SLOT_CITY] == city


def test_an_uzbek_is_from_uzbekistan() -> None:
    assert _slots("Oezbeek, uitgeprocedeerd")[c.SLOT_COUNTRY] == "Oezbekistan"
