"""Round 10 of the intake parser: where the client lives now (docs/intake.md), after dev_intake_10.yml.

Own sentences, none copied from a development set.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.intake import client as c
from bot.intake.match import city_in
from bot.intake.places import common_words, origin_cities, towns
from bot.intake.sources import fold
from tools import places
from tools.eval.intake import parsed_slots


def _city(text: str) -> Any:
    return parsed_slots(text)[c.SLOT_CITY]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("ik slaap bij een vriend in zwevegem, geen papieren", "Zwevegem"),
        ("hij huurt een studio te kapelle op den bos", "Kapelle-op-den-Bos"),
        ("mijn cliënt verblijft in het rode kruis centrum in Jette", "Brussel"),
        ("ze woont in Houthalen-Helchteren bij haar nicht", "Houthalen-Helchteren"),
        ("i stay at friend house in herstal", "Herstal"),
    ],
)
def test_a_belgian_town_after_a_place_word_is_read_also_in_lower_case(text: str, city: str) -> None:
    assert _city(text) == city


@pytest.mark.parametrize(
    "text",
    [
        "ik woon in boom bij mijn tante",  # "boom" is an everyday word: only "in Boom" names the town
        "alles is in orde met zijn pas",
        "hij woont in het centrum bij een kennis",
    ],
)
def test_an_everyday_word_after_in_is_no_town(text: str) -> None:
    assert _city(text) is None


def test_an_everyday_word_with_a_capital_is_the_town() -> None:
    assert _city("Ik woon in Boom bij mijn tante") == "Boom"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Terugkeerloket Antwerpen: gezin zonder verblijf, ze huren een huis in Hemiksem.", "Hemiksem"),
        ("Vanuit ons kantoor in Gent: de cliënt logeert bij familie in Eeklo.", "Eeklo"),
        ("Loket Charleroi. Cliënte woont bij een vriendin in Fleurus.", "Fleurus"),
    ],
)
def test_the_writers_office_is_not_the_clients_home(text: str, city: str) -> None:
    assert _city(text) == city


@pytest.mark.parametrize(
    "text",
    [
        "Hij woont ergens in de buurt van Hasselt, maar waar precies weet ik niet.",
        "an open return place near Mechelen, i dont know the town",
        "hij woont in Limburg, niet in Genk zelf",
    ],
)
def test_a_neighbourhood_or_a_denied_city_is_no_home(text: str) -> None:
    assert _city(text) is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Cliënt woont niet meer in het LOI van Lier maar bij zijn broer in Mechelen.", "Mechelen"),
        ("Ze zat in het centrum van Kapellen, ze is vorige week verhuisd naar Turnhout.", "Turnhout"),
    ],
)
def test_a_former_home_gives_way_to_the_home_now(text: str, city: str) -> None:
    assert _city(text) == city


def test_the_brussels_arrival_centre_names_its_city() -> None:
    assert city_in(fold("Maatschappelijk werker Klein Kasteeltje: Eritrese man")) == "Brussel"


def test_the_place_tables_are_generated_from_geonames_and_up_to_date() -> None:
    assert places.main(["--check"]) == 0, "run `make places`"
    assert len(towns()) > 1500 and {"diepenbeek", "mortsel", "la louviere"} <= set(towns())
    assert {"boom", "berg", "mol", "spa"} <= common_words() and "orde" not in towns()
    assert origin_cities()["kaboel"] == "Afghanistan" and origin_cities()["douala"] == "Kameroen"
    assert "benin" not in origin_cities() and "gent" not in origin_cities()  # a country, a Belgian town


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Cliënt afkomstig uit Kaboel, verzoek loopt nog.", "Afghanistan"),
        ("ik ben van douala, geen papieren", "Kameroen"),
        ("hi, i am from Erbil, no passport", "Irak"),
        ("Mevrouw uit Guayaquil woont bij vrienden in Aalst.", "Ecuador"),
    ],
)
def test_a_city_of_origin_gives_the_country_when_none_is_named(text: str, country: str) -> None:
    assert parsed_slots(text)[c.SLOT_COUNTRY] == country


def test_a_named_country_outranks_a_city_of_origin() -> None:
    assert parsed_slots("Hij is Georgiër, geboren in Bakoe.")[c.SLOT_COUNTRY] == "Georgië"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kwam met een toeristenvisum, visum vervallen, nooit enige verblijfsprocedure opgestart.", c.NO_RESIDENCE),
        ("asiel negatief, mijn advocaat heeft beroep gedaan bij de RvV, nog wachten", c.PROCEDURE),
        ("ma demande d asile est refusee mais mon avocat a fait un recours au CCE", c.PROCEDURE),
        ("negative from CGVS and I did not appeal", c.NEGATIVE),
        ("pedimos asilo, la entrevista todavia no", c.PROCEDURE),
    ],
)
def test_round_10_statuses(text: str, status: str) -> None:
    assert parsed_slots(text)[c.SLOT_STATUS] == status


@pytest.mark.parametrize("text", ["i am diabetic", "she has depression", "hij wordt gevolgd door een psycholoog"])
def test_round_10_health_words(text: str) -> None:
    assert c.HEALTH in parsed_slots(text)[c.SLOT_VULNERABILITIES]


@pytest.mark.parametrize(
    "text",
    [
        "Hij heeft enkel een Marokkaanse ID-kaart bij zich.",
        "Documenten: alleen een foto van zijn tazkira op zijn gsm.",
        "ik heb alleen binnenlands paspoort",
        "Zijn paspoort ligt thuis bij zijn vader in Tirana.",
        "her passport, the boss in dubai keep it",
    ],
)
def test_no_passport_in_other_words(text: str) -> None:
    assert parsed_slots(text)[c.SLOT_DOCUMENTS] == c.NO_DOCUMENTS


@pytest.mark.parametrize(
    "text", ["my passport is with the lawyer, still good", "son passeport expire en mars mais il est encore bon"]
)
def test_a_passport_still_valid(text: str) -> None:
    assert parsed_slots(text)[c.SLOT_DOCUMENTS] == c.VALID_PASSPORT


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("je dors dehors a namur", c.OUTSIDE),
        ("i sleep in samusocial since two weeks", c.OUTSIDE),
        ("vivimos en el centro de la cruz roja", c.RECEPTION_CENTRE),
        ("ik zit in kamp fedasil", c.RECEPTION_CENTRE),
        ("je suis au centre pour mineurs", c.RECEPTION_CENTRE),
    ],
)
def test_places_in_french_spanish_and_english(text: str, place: str) -> None:
    assert parsed_slots(text)[c.SLOT_PLACE] == place


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Rode Kruis opvangcentrum Lanaken, sociale dienst: bewoner uit Guinee.", "Lanaken"),
        ("Croix-Rouge Bastogne. Bewoner, asiel loopt.", "Bastogne"),
        ("LOI Zele: gezin met twee kinderen.", "Zele"),
        ("Advocatenkantoor, Hasselt. De cliënt huurt een appartement in Genk.", "Genk"),
        ("CAW (onthaal Leuven): ze huurt een kamer in Tienen.", "Tienen"),
        ("we were in fedasil centre in Couvin, no wait, now we are in the centre in Florennes", "Florennes"),
    ],
)
def test_round_10_home_towns(text: str, city: str) -> None:
    assert _city(text) == city


def test_a_relatives_illness_abroad_is_not_the_clients() -> None:
    assert parsed_slots("ik wil terug want mijn man is ziek daar")[c.SLOT_VULNERABILITIES] is None
    assert parsed_slots("mijn man is ziek")[c.SLOT_VULNERABILITIES] == [c.HEALTH]  # here: returns with her


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Volgend verzoek ingediend; het CGVS heeft het ontvankelijk verklaard en onderzoekt het.", c.PROCEDURE),
        ("2de asielaanvraag, het CGVS zegt niet ontvankelijk.", c.NEGATIVE),
    ],
)
def test_a_subsequent_application(text: str, status: str) -> None:
    assert parsed_slots(text)[c.SLOT_STATUS] == status


def test_the_city_the_client_goes_back_to_gives_the_country() -> None:
    assert parsed_slots("je dois rentrer a bamako pour l enterrement")[c.SLOT_COUNTRY] == "Mali"


def test_nothing_special_rules_out_vulnerabilities() -> None:
    assert parsed_slots("rien de special, pas d enfants")[c.SLOT_VULNERABILITIES] == [c.NONE]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("VIB loopt nog. Ze werd uitgebuit, maar vroeg nooit een procedure daarvoor aan.", c.PROCEDURE),
        ("Er werd nooit een andere verblijfsaanvraag ingediend, ze heeft geen verblijf.", c.NO_RESIDENCE),
        ("Aanvraag 9bis onontvankelijk verklaard, beroep bij de RvV verworpen.", c.OTHER_PROCEDURE),
        ("ik zit nog in LOI, mijn advocaat heeft beroep gedaan bij RvV, nog wachten", c.PROCEDURE),
    ],
)
def test_round_10_statuses_second_part(text: str, status: str) -> None:
    assert parsed_slots(text)[c.SLOT_STATUS] == status


def test_an_english_correction_of_the_country() -> None:
    assert parsed_slots("i am from ghana. sorry no, I am from togo, i lived in ghana")[c.SLOT_COUNTRY] == "Togo"


def test_a_move_planned_for_next_week_is_not_the_place_now() -> None:
    text = "Ze verblijven nog in de LOI-woning, maar verhuizen volgende week naar een open terugkeerplaats."
    assert parsed_slots(text)[c.SLOT_PLACE] == c.RECEPTION_CENTRE


def test_the_words_of_a_nothing_phrase_name_no_vulnerability() -> None:
    assert parsed_slots("Geen bijzonderheden op medisch of sociaal vlak.")[c.SLOT_VULNERABILITIES] == [c.NONE]


def test_children_abroad_and_in_spanish() -> None:
    assert parsed_slots("I want to go home to my kids in Cebu.")[c.SLOT_VULNERABILITIES] is None
    assert parsed_slots("vivo en una habitacion con mi hijo de 5 anos")[c.SLOT_VULNERABILITIES] == [c.FAMILY]


def test_a_city_name_two_countries_share_goes_to_the_much_larger_city() -> None:
    assert origin_cities()["hyderabad"] == "India" and origin_cities()["homs"] == "Syrië"


def test_round_10_fourth_part() -> None:
    assert parsed_slots("je dois rentrer vite a bamako")[c.SLOT_COUNTRY] == "Mali"
    assert _city("je suis au centre pour mineurs a woluwe saint pierre") == "Brussel"
    refused = "J ai fait le regroupement familial avec mon mari belge mais c est refuse."
    assert parsed_slots(refused)[c.SLOT_STATUS] == c.OTHER_PROCEDURE
    order = "I applied 9bis in 2020, it was refused and now they gave me order to leave."
    assert parsed_slots(order)[c.SLOT_STATUS] == c.OTHER_PROCEDURE


@pytest.mark.parametrize("text", ["ik werk hier zwart 5 jaar", "hij is al 3 jaar in Belgie", "sinds 2 jaar hier"])
def test_a_duration_in_years_is_no_age(text: str) -> None:
    assert c.MINOR not in (parsed_slots(text)[c.SLOT_VULNERABILITIES] or [])


def test_an_age_is_still_an_age() -> None:
    assert parsed_slots("jonge Afghaan, 17 jaar, zonder familie hier")[c.SLOT_VULNERABILITIES] == [c.MINOR]
