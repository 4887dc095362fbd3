"""Round 4 conventions of the intake parser (docs/intake.md): context decides which fact is the client's.

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
        "Syrische man, asielprocedure loopt nog, woont in een LOI",
        "Afghaanse vrouw, haar asielproc is nog bezig",
        "De procedure is nog steeds lopende bij het CGVS.",
        "Iraanse cliënt, zijn aanvraag is nog niet beslist",
        "Koerdische man, beroep nog hangende bij de Raad",
    ],
)
def test_a_running_procedure_however_written(text: str) -> None:
    assert _slots(text)[c.SLOT_STATUS] == c.PROCEDURE


def test_another_procedure_still_outranks_a_running_asylum_word() -> None:
    assert _slots("Chileense vrouw, aanvraag 9ter nog lopende")[c.SLOT_STATUS] == c.OTHER_PROCEDURE


def test_overstay_is_no_legal_residence_but_a_bare_expired_visa_stays_another_procedure() -> None:
    assert _slots("Filipijnse man, overstayer sinds 2019, woont in Gent")[c.SLOT_STATUS] == c.NO_RESIDENCE
    assert _slots("Indiase studente, visum verlopen, woont in Leuven")[c.SLOT_STATUS] == c.OTHER_PROCEDURE


def test_never_having_had_a_passport_is_no_never_applied() -> None:
    slots = _slots("Soedanese man, asielaanvraag loopt, heeft nooit een paspoort gehad")
    assert slots[c.SLOT_STATUS] == c.PROCEDURE
    assert slots[c.SLOT_DOCUMENTS] == c.NO_DOCUMENTS
    assert _slots("Servische vrouw, heeft nooit een asielaanvraag ingediend")[c.SLOT_STATUS] == c.NO_RESIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "Somalisch meisje, 16, alleen naar België gereisd, in een opvangcentrum",
        "Afghaanse jongen van 17 jaar, alleen aangekomen, asiel gevraagd",
    ],
)
def test_a_minor_by_age_who_came_alone(text: str) -> None:
    assert _slots(text)[c.SLOT_VULNERABILITIES] == [c.MINOR]


def test_a_bare_adult_age_or_a_minor_with_family_is_no_unaccompanied_minor() -> None:
    assert _slots("Marokkaanse man, 34, alleen, zonder papieren")[c.SLOT_VULNERABILITIES] != [c.MINOR]
    assert c.MINOR not in (_slots("Gezin uit Irak, zoon 15, alleen de ouders werken")[c.SLOT_VULNERABILITIES] or [])


def test_the_current_city_wins_over_a_former_one() -> None:
    slots = _slots("Ze woonde vroeger bij een nicht in Brussel, nu zit ze in het opvangcentrum van Kapellen.")
    assert slots[c.SLOT_CITY] == "Kapellen"
    assert slots[c.SLOT_PLACE] == c.RECEPTION_CENTRE
    slots = _slots("Uitgeprocedeerd, verbleef eerst in een centrum in Gent, sinds januari bij zijn oom in Luik")
    assert (slots[c.SLOT_CITY], slots[c.SLOT_PLACE]) == ("Luik", c.OUTSIDE)


def test_a_single_city_in_a_past_clause_is_still_read() -> None:
    assert _slots("Hij woonde in Gent bij een vriend, asiel afgewezen")[c.SLOT_CITY] == "Gent"


def test_an_observation_and_orientation_centre_is_a_reception_centre() -> None:
    assert _slots("Guinese NBMV, verblijft in het OOC van Neder-Over-Heembeek")[c.SLOT_PLACE] == c.RECEPTION_CENTRE
    assert _slots("minderjarige in een oriëntatiecentrum, asiel gevraagd")[c.SLOT_PLACE] == c.RECEPTION_CENTRE


def test_the_country_of_origin_wins_over_where_the_client_grew_up_or_passed_through() -> None:
    assert _slots("Ze is in Iran opgegroeid maar heeft de Afghaanse nationaliteit")[c.SLOT_COUNTRY] == "Afghanistan"
    assert _slots("Kwam via Turkije, komt uit Syrië, asielzoeker")[c.SLOT_COUNTRY] == "Syrië"
    assert _slots("Hij heeft een Senegalees paspoort, werkte jaren in Mali")[c.SLOT_COUNTRY] == "Senegal"


def test_a_corrected_country_wins() -> None:
    assert _slots("Ik dacht eerst dat hij uit Algerije kwam, maar hij is Marokkaan")[c.SLOT_COUNTRY] == "Marokko"


def test_one_country_is_read_as_before() -> None:
    assert _slots("Cliënte wil terug naar Colombia, zwanger")[c.SLOT_COUNTRY] == "Colombia"


@pytest.mark.parametrize(
    "text",
    [
        "Georgische man, wil terug want zijn vader is erg ziek, uitgeprocedeerd",
        "Ze wil naar huis omdat haar ouders ziek zijn; geldig paspoort",
    ],
)
def test_a_relative_being_ill_is_no_vulnerability_of_the_client(text: str) -> None:
    assert c.HEALTH not in (_slots(text)[c.SLOT_VULNERABILITIES] or [])


def test_the_client_being_ill_still_counts() -> None:
    slots = _slots("Hij zorgde voor zijn moeder maar is zelf ziek, asiel afgewezen")
    assert c.HEALTH in slots[c.SLOT_VULNERABILITIES]
    assert c.HEALTH in _slots("Familie uit Irak met twee kinderen, vader heeft kanker")[c.SLOT_VULNERABILITIES]


def test_a_grown_up_child_is_no_family_with_children() -> None:
    assert c.FAMILY not in (_slots("Woont bij haar meerderjarige zoon in Gent, 9bis")[c.SLOT_VULNERABILITIES] or [])
    assert c.FAMILY in _slots("Woont met haar zoon van 4 in Gent, 9bis")[c.SLOT_VULNERABILITIES]


def test_a_denied_vulnerability_and_single_is_none() -> None:
    assert _slots("Turkse man, niet ziek, alleenstaand, zonder papieren")[c.SLOT_VULNERABILITIES] == [c.NONE]


def test_an_explicit_passport_statement_wins_over_no_papers() -> None:
    assert _slots("Heeft geen papieren, maar haar paspoort is toch nog geldig")[c.SLOT_DOCUMENTS] == c.VALID_PASSPORT
    assert _slots("Heeft geen papieren, zijn paspoort is niet meer geldig")[c.SLOT_DOCUMENTS] == c.EXPIRED


def test_a_shelter_outside_the_network_is_outside_the_network() -> None:
    slots = _slots("Slachtoffer van uitbuiting, verblijft in een vluchthuis in Gent, zonder papieren")
    assert slots[c.SLOT_PLACE] == c.OUTSIDE
    assert slots[c.SLOT_CITY] == "Gent"
    assert _slots("Zonder papieren, woont bij een vriend in Gent")[c.SLOT_PLACE] == c.OUTSIDE
