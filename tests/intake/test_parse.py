"""The description parser and one form turn (bot/intake/parse.py, bot/intake/dialogue.py).

The examples are the development sets (tools/eval/dev_intake*.yml), written for tuning; the
held-out set is written blind by someone else and scored with `python -m tools.eval.intake`.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.intake import client as c
from bot.intake.client import Client
from bot.intake.dialogue import COUNTRY_UNKNOWN, NO_PERSONAL_DATA, NOT_UNDERSTOOD, intake_step
from bot.intake.parse import parse_message, personal_data
from tools.eval.intake import DEV_SET, expected_slots, load_examples, parsed_slots

DEV_FILES = ("dev_intake.yml", "dev_intake_2.yml", "dev_intake_3.yml")
EXAMPLES = [e for name in DEV_FILES for e in load_examples(DEV_SET.with_name(name))]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_a_description_fills_exactly_the_slots_it_names(example: dict[str, Any]) -> None:
    want = expected_slots(example)
    got = parsed_slots(example["text"])
    if want[c.SLOT_VULNERABILITIES] is not None and got[c.SLOT_VULNERABILITIES] is not None:
        want[c.SLOT_VULNERABILITIES] = sorted(want[c.SLOT_VULNERABILITIES])
        got[c.SLOT_VULNERABILITIES] = sorted(got[c.SLOT_VULNERABILITIES])
    assert got == want


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_descriptions_without_personal_data_do_not_get_the_privacy_reply(example: dict[str, Any]) -> None:
    assert personal_data(example["text"]) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Ahmed komt uit Irak", ["name"]),
        ("mijn cliënt Fatima is zwanger", ["name"]),
        ("ze heet Olga en komt uit Moldavië", ["name"]),
        ("meneer Giorgi Beridze, uitgeprocedeerd", ["name"]),
        ("geboren op 12/03/1990", ["birth_date"]),
        ("geboortedatum 3 mei 1988", ["birth_date"]),
        ("dossiernummer 1234567", ["file_number"]),
        ("zijn OV-nummer is 8123456", ["file_number"]),
        ("OV 123456", ["file_number"]),
        ("Samira, geb. 01-02-1995, dossier 998877", ["name", "birth_date", "file_number"]),
        ("Mijn cliënt komt uit Georgië, is uitgeprocedeerd sinds 2023", []),
        ("Klopt, ze woont in Gent", []),
        ("Nee, ze komt uit Moldavië", []),
        ("Zwangere vrouw uit Brazilië", []),
    ],
)
def test_personal_data_is_noticed(text: str, kinds: list[str]) -> None:
    assert personal_data(text) == kinds


@pytest.mark.parametrize(
    "text", ["stop", "Stop", "stoppen", "ik wil stoppen", "annuleer", "laat maar", "stop de intake"]
)
def test_stop(text: str) -> None:
    assert intake_step(text, c.SLOT_STATUS, Client()).stop


@pytest.mark.parametrize("text", ["steun voor Brazilië is gestopt", "uitgeprocedeerd"])
def test_not_a_stop(text: str) -> None:
    assert not intake_step(text, c.SLOT_STATUS, Client()).stop


@pytest.mark.parametrize("requested", c.REQUIRED_SLOTS)
@pytest.mark.parametrize("text", ["weet ik niet", "Weet ik niet", "geen idee", "onbekend", "weet niet"])
def test_dont_know_skips_the_question_asked(text: str, requested: str) -> None:
    # With the documents known, the vulnerabilities are asked alone (tests/intake/test_turns.py: together).
    step = intake_step(text, requested, Client(documents=c.VALID_PASSPORT))
    want = [c.UNKNOWN] if requested == c.SLOT_VULNERABILITIES else c.UNKNOWN
    assert step.values == {requested: want} and step.responses == ()


def test_a_correction_overwrites_only_what_it_names() -> None:
    current = Client(country="Georgië", status=c.NEGATIVE, place=c.RETURN_PLACE)
    step = intake_step("nee, ze komt uit Moldavië", c.SLOT_VULNERABILITIES, current)
    assert step.values == {c.SLOT_COUNTRY: "Moldavië"} and step.responses == ()


def test_vulnerabilities_add_up_and_can_be_denied() -> None:
    current = Client(vulnerabilities=(c.PREGNANT,))
    assert intake_step("en ze heeft ook diabetes", None, current).values[c.SLOT_VULNERABILITIES] == [
        c.PREGNANT,
        c.HEALTH,
    ]
    assert intake_step("nee, niet zwanger", None, current).values[c.SLOT_VULNERABILITIES] == [c.NONE]
    assert intake_step("geen kinderen", c.SLOT_VULNERABILITIES, Client()).values[c.SLOT_VULNERABILITIES] == [c.NONE]
    # Denying one thing in a description does not answer the question for the others.
    assert c.SLOT_VULNERABILITIES not in intake_step("geen kinderen", None, Client()).values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zwanger", [c.PREGNANT]),
        ("Gezondheidsproblemen", [c.HEALTH]),
        ("Niet-begeleide minderjarige", [c.MINOR]),
        ("Slachtoffer van mensenhandel", [c.TRAFFICKING]),
        ("Gezin met kinderen", [c.FAMILY]),
        ("Geen kwetsbaarheid", [c.NONE]),
        ("nee", [c.NONE]),
        ("zwanger en gezondheidsproblemen", [c.PREGNANT, c.HEALTH]),
        ("een minderjarige dochter", [c.FAMILY]),
    ],
)
def test_vulnerability_answers(text: str, value: list[str]) -> None:
    assert intake_step(text, c.SLOT_VULNERABILITIES, Client()).values == {c.SLOT_VULNERABILITIES: value}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geldig paspoort", c.VALID_PASSPORT),
        ("Paspoort verlopen", c.EXPIRED),
        ("Geen paspoort", c.NO_DOCUMENTS),
        ("ja", c.VALID_PASSPORT),
        ("nee", c.NO_DOCUMENTS),
        ("paspoort", c.VALID_PASSPORT),
        ("verlopen", c.EXPIRED),
        ("zijn paspoort is kwijt", c.NO_DOCUMENTS),
    ],
)
def test_document_answers(text: str, value: str) -> None:
    assert intake_step(text, c.SLOT_DOCUMENTS, Client()).values == {c.SLOT_DOCUMENTS: value}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Opvangcentrum", {c.SLOT_PLACE: c.RECEPTION_CENTRE}),
        ("Open terugkeerplaats", {c.SLOT_PLACE: c.RETURN_PLACE}),
        ("Buiten het netwerk, in Gent", {c.SLOT_PLACE: c.OUTSIDE, c.SLOT_CITY: "Gent"}),
        ("Buiten het netwerk, andere stad", {c.SLOT_PLACE: c.OUTSIDE}),
        ("Luik", {c.SLOT_PLACE: c.OUTSIDE, c.SLOT_CITY: "Luik"}),
    ],
)
def test_place_answers(text: str, values: dict[str, str]) -> None:
    assert intake_step(text, c.SLOT_PLACE, Client()).values == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Asielprocedure loopt", c.PROCEDURE),
        ("Negatieve beslissing", c.NEGATIVE),
        ("Geen wettig verblijf, nooit een procedure", c.NO_RESIDENCE),
        ("Andere procedure (toerist, student, gezinshereniging)", c.OTHER_PROCEDURE),
        ("uitgeprocedeerd", c.NEGATIVE),
        ("nooit asiel aangevraagd", c.NO_RESIDENCE),
    ],
)
def test_status_answers(text: str, value: str) -> None:
    assert intake_step(text, c.SLOT_STATUS, Client()).values == {c.SLOT_STATUS: value}


def test_an_unknown_country_is_said_and_asked_again() -> None:
    step = intake_step("Wakanda", c.SLOT_COUNTRY, Client())
    assert step.values == {} and step.responses == (COUNTRY_UNKNOWN,)


def test_an_answer_that_fills_nothing_is_said() -> None:
    assert intake_step("blabla", c.SLOT_STATUS, Client()).responses == (NOT_UNDERSTOOD,)


def test_a_name_gets_the_privacy_reply_and_the_rest_is_read() -> None:
    step = intake_step("Ahmed komt uit Irak", c.SLOT_COUNTRY, Client())
    assert step.values == {c.SLOT_COUNTRY: "Irak"} and step.responses == (NO_PERSONAL_DATA,)


def test_a_new_start_clears_the_client() -> None:
    step = intake_step("intake voor een cliënt", None, Client(country="Georgië"))
    assert step.values == {name: None for name in c.ALL_SLOTS}


def test_typos_and_missing_accents() -> None:
    parsed = parse_message("mijn clint komt uit brazillie, uitgeprocedeert, zwnger, paspoort verlopn")
    assert parsed.values == {c.SLOT_COUNTRY: "Brazilië", c.SLOT_STATUS: c.NEGATIVE, c.SLOT_DOCUMENTS: c.EXPIRED}
    assert parsed.vulnerabilities == (c.PREGNANT,)


def test_every_quick_reply_of_an_intake_question_fills_that_question(domain: dict[str, Any]) -> None:
    for slot in c.REQUIRED_SLOTS:
        buttons = domain["responses"][f"utter_ask_{slot}"][0]["buttons"]
        assert len(buttons) >= 4, slot
        for button in buttons:
            step = intake_step(button["payload"], slot, Client())
            assert slot in step.values and step.responses == (), (slot, button)
            if button["title"] != "Weet ik niet":
                assert step.values[slot] not in (c.UNKNOWN, [c.UNKNOWN]), (slot, button)


@pytest.mark.parametrize(
    ("text", "place", "city"),
    [
        ("woont bij een vriend in Leuven", c.OUTSIDE, "Leuven"),
        ("verblijft bij familie in Mechelen", c.OUTSIDE, "Mechelen"),
        ("woont in Antwerpen bij haar tante", c.OUTSIDE, "Antwerpen"),
        ("slaapt bij zijn oom in Gent", c.OUTSIDE, "Gent"),
        ("woont op kot in Gent", c.OUTSIDE, "Gent"),
        ("woont in Verviers", None, "Verviers"),
        ("uitgeprocedeerd, woont in Verviers", c.OUTSIDE, "Verviers"),
        ("zit in het opvangcentrum van Kapellen", c.RECEPTION_CENTRE, "Kapellen"),
        ("verblijft in een LOI in Boom", c.RECEPTION_CENTRE, "Boom"),
        ("in een terugkeerplaats", c.RETURN_PLACE, None),
        ("woont in een terugkeerwoning", c.RETURN_PLACE, None),
        ("in een individuele opvangplaats", c.RECEPTION_CENTRE, None),
        ("woont samen met haar partner in Mechelen", c.OUTSIDE, "Mechelen"),
        ("zit in een OTP", c.RETURN_PLACE, None),
        ("zonder papieren, in Brussel", c.OUTSIDE, "Brussel"),
    ],
)
def test_implied_places(text: str, place: str, city: str | None) -> None:
    values = parse_message(text).values
    assert (values.get(c.SLOT_PLACE), values.get(c.SLOT_CITY)) == (place, city)


@pytest.mark.parametrize(
    "text",
    ["asielaanvraag loopt nog, in Brussel", "uitgeprocedeerd, in Gent", "Mijn cliënt komt uit Georgië"],
)
def test_a_city_alone_does_not_say_where_an_asylum_seeker_lives(text: str) -> None:
    assert c.SLOT_PLACE not in parse_message(text).values


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("heeft een bevel om het grondgebied te verlaten", c.NEGATIVE),
        ("OTP, uitgeprocedeerd", c.NEGATIVE),
        ("nooit asiel gevraagd", c.NO_RESIDENCE),
        ("zonder papieren", c.NO_RESIDENCE),
        ("asielaanvraag loopt nog", c.PROCEDURE),
        ("student", c.OTHER_PROCEDURE),
        ("toerist, visum verlopen", c.OTHER_PROCEDURE),
        ("gezinshereniging", c.OTHER_PROCEDURE),
        ("gezinshereniging geweigerd", c.OTHER_PROCEDURE),
        ("9ter afgewezen", c.OTHER_PROCEDURE),
        ("asiel afgewezen, daarna gezinshereniging geprobeerd", c.NEGATIVE),
        ("heeft een bijlage 13quinquies gekregen", c.NEGATIVE),
        ("verzoek onontvankelijk verklaard", c.NEGATIVE),
        ("zonder geldige verblijfsvergunning", c.NO_RESIDENCE),
        ("verblijft onwettig in België", c.NO_RESIDENCE),
        ("heeft subsidiaire bescherming gevraagd", c.PROCEDURE),
    ],
)
def test_status_phrases(text: str, status: str) -> None:
    assert parse_message(text).values.get(c.SLOT_STATUS) == status


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("paspoort verlopen", c.EXPIRED),
        ("heeft geen papieren", c.NO_DOCUMENTS),
        ("geen reisdocument", c.NO_DOCUMENTS),
        ("geldig paspoort", c.VALID_PASSPORT),
        ("zonder papieren", None),
        ("heeft geen papieren maar wel een geldig paspoort", c.VALID_PASSPORT),
    ],
)
def test_document_phrases(text: str, documents: str | None) -> None:
    assert parse_message(text).values.get(c.SLOT_DOCUMENTS) == documents


@pytest.mark.parametrize(
    ("text", "country"),
    [("een Moldaafse vrouw", "Moldavië"), ("Marroko", "Marokko"), ("Guineeër", "Guinee"), ("Congolese", "DR Congo")],
)
def test_demonyms_and_misspellings(text: str, country: str) -> None:
    assert parse_message(text).values.get(c.SLOT_COUNTRY) == country


def test_a_young_client_alone_is_an_unaccompanied_minor() -> None:
    assert parse_message("Jonge Guineeër van 17, alleen in België").vulnerabilities == (c.MINOR,)
    assert parse_message("zwanger van 12 weken, alleen").vulnerabilities == (c.PREGNANT,)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("beroep loopt nog bij de RvV", {c.SLOT_STATUS: c.PROCEDURE}),
        ("beroep verworpen door de RvV", {c.SLOT_STATUS: c.NEGATIVE}),
        ("heeft een oranje kaart", {c.SLOT_STATUS: c.PROCEDURE}),
        ("heeft geen geldige verblijfsvergunning meer", {c.SLOT_STATUS: c.NO_RESIDENCE}),
        ("haar paspoort zit bij DVZ", {}),
        ("heeft geen enkel identiteitsbewijs", {c.SLOT_DOCUMENTS: c.NO_DOCUMENTS}),
        ("heeft wel een paspoort, maar dat is verlopen", {c.SLOT_DOCUMENTS: c.EXPIRED}),
        ("verblijft in het Klein Kasteeltje", {c.SLOT_PLACE: c.RECEPTION_CENTRE, c.SLOT_CITY: "Brussel"}),
    ],
)
def test_more_ways_of_writing(text: str, values: dict[str, str]) -> None:
    assert parse_message(text).values == values


def test_nbmv_is_an_unaccompanied_minor() -> None:
    assert parse_message("NBMV uit Afghanistan, 16j, in procedure").vulnerabilities == (c.MINOR,)


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("heeft een geldig Braziliaans paspoort", c.VALID_PASSPORT),
        ("heeft geen geldig Braziliaans paspoort", c.NO_DOCUMENTS),
        ("geen verblijfsdocumenten", None),
    ],
)
def test_a_word_between_valid_and_passport(text: str, documents: str | None) -> None:
    assert parse_message(text).values.get(c.SLOT_DOCUMENTS) == documents


def test_more_vulnerability_phrases() -> None:
    assert parse_message("er zijn geen specifieke kwetsbaarheden").no_vulnerability
    assert parse_message("slachtoffer van arbeidsuitbuiting").vulnerabilities == (c.TRAFFICKING,)
