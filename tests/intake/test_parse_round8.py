"""Round 8 conventions of the intake parser (docs/intake.md), after dev_intake_8.yml.

Own sentences, none copied from a development set.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from bot.intake import client as c
from tools.eval.intake import parsed_slots


def _slots(text: str) -> dict[str, Any]:
    return parsed_slots(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ze heeft geen gezondheidsproblemen of kinderen bij zich.",
        "no kids, no health problem",
        "zonder kinderen of medische problemen",
        "Gezondheid ok, geen kinderen.",
    ],
)
def test_no_illness_and_no_children_is_no_vulnerability(text: str) -> None:
    assert _slots(text)[c.SLOT_VULNERABILITIES] == [c.NONE]


def test_a_negation_covers_a_list_but_not_past_maar() -> None:
    assert _slots("geen kinderen maar wel zwanger of ziek")[c.SLOT_VULNERABILITIES] != [c.NONE]
    assert _slots("in goede gezondheid")[c.SLOT_VULNERABILITIES] is None


@pytest.mark.parametrize(
    "text",
    ["Hij heeft ernstige longproblemen.", "zware rugklachten", "probleem met mijn nieren", "i have health issues"],
)
def test_more_health_wordings(text: str) -> None:
    assert c.HEALTH in _slots(text)[c.SLOT_VULNERABILITIES]


def test_a_pregnant_wife_abroad_is_not_the_clients_vulnerability() -> None:
    assert _slots("Hij wil terug omdat zijn vrouw in Marokko zwanger is.")[c.SLOT_VULNERABILITIES] is None
    assert c.PREGNANT in _slots("Zijn vrouw is hier bij hem en is zwanger.")[c.SLOT_VULNERABILITIES]


def test_the_writer_who_is_the_child_is_no_family() -> None:
    assert _slots("Ik ben de zoon van een Armeense man zonder papieren.")[c.SLOT_VULNERABILITIES] is None


def test_a_relatives_illness_with_eigen_is_not_the_clients() -> None:
    assert _slots("Ze wil naar huis omdat haar eigen moeder in Kabul ziek is.")[c.SLOT_VULNERABILITIES] is None


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("Paspoort? Nee, nooit gehad.", c.NO_DOCUMENTS),
        ("Een paspoort heeft ze nooit gehad.", c.NO_DOCUMENTS),
        ("Paspoort: geen. Woont in Gent.", c.NO_DOCUMENTS),
        ("Zijn paspoort ligt bij zijn baas.", c.NO_DOCUMENTS),
        ("pasport valabil", c.VALID_PASSPORT),
        ("pasaporte vencido", c.EXPIRED),
    ],
)
def test_documents_in_more_wordings(text: str, documents: str) -> None:
    assert _slots(text)[c.SLOT_DOCUMENTS] == documents


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("hij wacht nog op antwoord van het CGVS", c.PROCEDURE),
        ("my asylum still waiting answer", c.PROCEDURE),
        ("mijn asile is nog bezig", c.PROCEDURE),
        ("ze hebben twee keer nee gezegd op zijn asiel", c.NEGATIVE),
        ("asylum they said no", c.NEGATIVE),
        ("kwam als au pair", c.OTHER_PROCEDURE),
        ("zijn verblijfskaart werd niet verlengd", c.OTHER_PROCEDURE),
    ],
)
def test_status_in_more_wordings(text: str, status: str) -> None:
    assert _slots(text)[c.SLOT_STATUS] == status


def test_the_status_order_keeps_never_applied_over_a_tourist_visa() -> None:
    # Earlier development sets label this no legal residence; dev_intake_7 and _8 would say another procedure.
    assert _slots("kwam als toerist, nooit asiel gevraagd")[c.SLOT_STATUS] == c.NO_RESIDENCE


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("i live in Ghent with friends", c.OUTSIDE),
        ("ik woon in het centre van Fedasil", c.RECEPTION_CENTRE),
        ("i live in Fedasil center Rixensart", c.RECEPTION_CENTRE),
        ("Hij werd naar een OTP verwezen, maar is daar nooit aangekomen; hij slaapt bij een vriend.", c.OUTSIDE),
    ],
)
def test_places_in_more_wordings(text: str, place: str) -> None:
    assert _slots(text)[c.SLOT_PLACE] == place


def test_a_centre_names_its_town_and_an_english_demonym_its_country() -> None:
    assert _slots("i live in Fedasil center Rixensart")[c.SLOT_CITY] == "Rixensart"
    assert _slots("I am a Ghanaian man")[c.SLOT_COUNTRY] == "Ghana"


def test_a_minor_without_parents_in_belgium_is_unaccompanied() -> None:
    assert _slots("Hij zegt 16 jaar te zijn, geen ouders in België.")[c.SLOT_VULNERABILITIES] == [c.MINOR]


def test_the_scorer_reads_an_empty_blind_vulnerability_list_as_none_or_not_said() -> None:
    from bot.intake.card import templates_from_domain
    from bot.intake.sources import load_figures
    from tools.eval.intake import ROOT, _from_blind, score

    with open(ROOT / "domain.yml", encoding="utf-8") as handle:
        templates = templates_from_domain(yaml.safe_load(handle))
    base = {"country": "Georgië", "status": "negative_decision", "place": "outside_network", "city": "Gent"}
    ruled_out = {"text": "Georgiër, uitgeprocedeerd, bij een vriend in Gent, geen kwetsbaarheden.", "slots": base}
    silent = {"text": "Georgiër, uitgeprocedeerd, bij een vriend in Gent.", "slots": base}
    named = {"text": "Georgiër, uitgeprocedeerd, bij een vriend in Gent, zwanger.", "slots": base}
    examples = [_from_blind({**e, "slots": {**e["slots"], "vulnerabilities": []}}) for e in (ruled_out, silent, named)]
    result = score(examples, load_figures(), templates)
    # the first two match the empty list (either reading); a named vulnerability does not
    assert (result.slots_right, result.cards_right) == (6 + 6 + 5, 2)
    assert _from_blind({"text": "x", "slots": {"vulnerabilities": ["family_with_children"]}})[
        "vulnerabilities"
    ] == [c.FAMILY]
