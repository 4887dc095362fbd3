"""bot/figures/kinds/ (through reply_to): questions in, the right response with the exact figure out."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.figures.data import Figure
from bot.figures.dutch import format_value, month_name
from bot.figures.model import Query, Reply
from bot.figures.render import source_line, years_text
from bot.figures.reply import previous_query, reply_to, responses
from tests.figures_support import DATASET, TODAY, render


def ask(text: str, previous: Query | None = None) -> Reply:
    reply = reply_to(DATASET, text, today=TODAY, previous=previous)
    assert reply.response is not None, f"{text!r} was not taken for a figure question"
    return reply


def conversation(domain: dict[str, Any], *texts: str) -> list[tuple[str, str]]:
    """Ask the questions in turn, each one with the query of the answer before."""
    previous, answers = None, []
    for text in texts:
        reply = ask(text, previous)
        previous = reply.query
        answers.append((reply.response, render(domain, reply)))
    return answers


def has_number(text: str, number: str) -> bool:
    """The number stands on its own in the text ("2.952" is not part of "12.952")."""
    return re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", text) is not None


# ------------------------------------------------------------------------------ every figure can be asked for


def question_for(figure: Figure) -> str | None:
    """A natural question that asks for this figure (None: asked in a test of its own)."""
    year, key = figure.year, figure.key
    if figure.kind == "total":
        if figure.period == "jan-sep" and figure.part == "total":
            return "Hoeveel mensen keerden terug in 2025?"
        return {
            "total": f"Hoeveel mensen keerden vrijwillig terug in {year}?",
            "fedasil": f"Hoeveel mensen keerden terug via Fedasil in {year}?",
            "dvz": f"Hoeveel vrijwillige terugkeer organiseerde DVZ in {year}?",
        }[str(figure.part)]
    if figure.kind == "month":
        return f"Hoeveel mensen keerden terug in {month_name(int(key))} {year}?"  # type: ignore[arg-type]
    if figure.kind == "country":
        if key == "Andere":
            return None
        if figure.part == "reintegration":
            return f"Hoeveel mensen met re-integratiesteun keerden terug naar {key} in {year}?"
        return f"Hoeveel mensen keerden terug naar {key} in {year}?"
    if figure.kind == "profile":
        return f"Wat is het profiel van de terugkeerders in {year}?"
    if figure.kind == "channel":
        return f"Via welke kanalen kwamen de terugkeeraanvragen in {year}?"
    if figure.kind == "reintegration":
        return f"Hoeveel mensen kregen re-integratiesteun in {year}?"
    if figure.kind == "dublin":
        return f"Hoeveel Dublin-vertrekken waren er in {year}?"
    if figure.kind == "bus":
        return f"Hoeveel mensen gingen met de bus naar de Balkan in {year}?"
    if figure.kind == "age":
        return f"Hoe oud waren de terugkeerders in {year}?"
    if figure.kind == "gender":
        return f"Hoeveel mannen en vrouwen keerden terug in {year}?"
    if figure.kind == "family":
        return f"Hoeveel gezinnen keerden terug in {year}?"
    if figure.kind == "change":
        return f"Is de vrijwillige terugkeer gestegen in {year} tegenover {figure.ref_year}?"
    return None


RETURN_FIGURES = [f for f in DATASET.select(group="return") if question_for(f)]


def _return_figure_fails(figure: Figure, domain: dict[str, Any]) -> str | None:
    question = question_for(figure)
    assert question is not None
    text = render(domain, ask(question))
    value = format_value(figure.value, figure.unit).lstrip("+")
    if figure.kind == "change":
        value = ("+" if figure.value > 0 else "") + value
    if not has_number(text, value):
        return f"{figure.ident}: {question!r} -> {text!r} (expected {value})"
    source = DATASET.sources[figure.source]
    if source.title not in text:
        return f"{figure.ident}: {question!r} -> no source {source.title!r} in {text!r}"
    return None


def test_every_return_figure_comes_back_exactly_with_its_source(domain: dict[str, Any]) -> None:
    """One generated question per return figure; every failing figure is reported."""
    failing = [message for f in RETURN_FIGURES if (message := _return_figure_fails(f, domain))]
    assert len(RETURN_FIGURES) > 200
    assert failing == [], f"{len(failing)} of {len(RETURN_FIGURES)} figures:\n" + "\n".join(failing)


RECEPTION_QUESTIONS: dict[str, str] = {
    "capacity_total": "Hoeveel opvangplaatsen telde het netwerk eind 2023?",
    "capacity_net_increase": "Met hoeveel plaatsen is de opvangcapaciteit gestegen tegenover eind 2022?",
    "places_created": "Hoeveel nieuwe opvangplaatsen heeft Fedasil in 2023 gecreëerd?",
    "waiting_list_2023": "Hoeveel personen konden in 2023 door plaatsgebrek niet opgevangen worden?",
    "waiting_list_end": "Hoeveel mensen stonden eind 2023 nog op de wachtlijst?",
    "homeless_places": "Hoeveel plaatsen zijn er in het netwerk voor daklozen in Brussel?",
    "convictions": "Hoe vaak werd Fedasil in 2023 veroordeeld door de arbeidsrechtbank?",
    "asylum_applications": "Hoeveel asielaanvragen werden in 2023 geregistreerd?",
    "asylum_applications_change": "Is het aantal asielaanvragen in 2023 gedaald tegenover 2022?",
    "requests_total": "Hoeveel opvangaanvragen waren er in 2023?",
    "requests_received": "Hoeveel personen kregen in 2023 een opvangplaats toegewezen?",
    "requests_not_received": "Hoeveel mensen werden in 2023 niet opgevangen?",
    "requests_no_show": "Hoeveel no shows waren er bij de opvangaanvragen?",
    "requests_subsequent": "Hoeveel volgende verzoeken waren er in 2023?",
    "requests_eu": "Hoeveel EU-onderdanen vroegen opvang in 2023?",
    "occupancy_total": "Wat was de bezettingsgraad van het opvangnetwerk eind 2023?",
    "places_first_phase": "Hoeveel plaatsen heeft de opvang in de eerste fase?",
    "occupancy_first_phase": "Wat is de bezettingsgraad in de eerste fase?",
    "places_collective": "Hoeveel plaatsen in collectieve opvang waren er eind 2023?",
    "occupancy_collective": "Hoe vol zat de collectieve opvang eind 2023?",
    "places_individual": "Hoeveel plaatsen in individuele woningen?",
    "occupancy_individual": "Wat was de bezetting van de individuele woningen?",
    "places_return": "Hoeveel open terugkeerplaatsen waren er eind 2023?",
    "occupancy_return": "Wat was de bezettingsgraad van de open terugkeerplaatsen?",
    "operator_fedasil": "Hoeveel opvangplaatsen beheert Fedasil zelf?",
    "operator_croix_rouge": "Hoeveel plaatsen heeft de Croix-Rouge?",
    "operator_rode_kruis": "Hoeveel opvangplaatsen heeft het Rode Kruis Vlaanderen?",
    "operator_ocmw": "Hoeveel opvangplaatsen zijn er bij de OCMW's?",
    "operator_private": "Hoeveel plaatsen hebben de privé-operatoren?",
    "operator_samusocial": "Hoeveel plaatsen beheert Samusocial?",
    "operator_caritas": "Hoeveel opvangplaatsen heeft Caritas International?",
    "operator_other": "Hoeveel plaatsen bij andere partners?",
    "received_families": "Welk percentage van de opgevangen personen zijn personen in familieverband?",
    "received_single_men": "Hoeveel procent van de bewoners in de opvang zijn alleenstaande mannen?",
    "received_single_women": "Welk deel van de opgevangen personen zijn alleenstaande vrouwen?",
    "received_uam": "Hoeveel procent van de opgevangen personen zijn NBMV?",
    "received_afghanistan": "Hoeveel procent van de opgevangen personen komt uit Afghanistan?",
    "received_palestina": "Welk aandeel van de bewoners in de opvang komt uit Palestina?",
    "received_burundi": "Hoeveel procent van de bewoners in de opvang zijn Burundezen?",
    "received_syria": "Hoeveel procent van de opgevangen personen is Syriër?",
    "received_eritrea": "Welk percentage van de bewoners van het opvangnetwerk komt uit Eritrea?",
    "received_guinea": "Hoeveel procent van de opgevangen personen komt uit Guinee?",
    "received_somalia": "Hoeveel procent van de mensen in de opvang komt uit Somalië?",
    "received_drcongo": "Hoeveel procent van de opgevangen personen is Congolees?",
    "received_turkey": "Hoeveel procent van de opgevangen personen komt uit Turkije?",
    "received_cameroon": "Welk percentage van de opgevangen personen komt uit Kameroen?",
    "received_other_countries": "Hoeveel procent van de opgevangen personen komt uit andere landen?",
    "received_in_procedure": "Hoeveel procent van de bewoners zit nog in de asielprocedure?",
    "received_with_permit": "Hoeveel procent van de opgevangen personen heeft al een verblijfstitel?",
    "received_men": "Hoeveel procent van de opgevangen personen zijn mannen?",
    "received_women": "Hoeveel procent van de bewoners in de opvang zijn vrouwen?",
    "received_adults": "Hoeveel procent van de opgevangen personen zijn volwassenen?",
    "received_minors": "Hoeveel procent van de opgevangen personen is minderjarig?",
    "uam_inflow": "Hoeveel niet-begeleide minderjarigen kwamen in 2023 bij in het netwerk?",
    "uam_inflow_change": "Met hoeveel procent is de instroom van NBMV gedaald tegenover 2022?",
    "uam_received": "Hoeveel NBMV vingen Fedasil en partners eind 2023 op?",
    "uam_capacity": "Hoeveel opvangplaatsen voor NBMV waren er eind 2023?",
    "uam_places_first_phase": "Hoeveel NBMV-plaatsen zijn er in de eerste fase?",
    "uam_places_second_phase": "Hoeveel plaatsen voor NBMV in de tweede fase?",
    "uam_places_third_phase": "Hoeveel plaatsen voor NBMV in de derde fase?",
    "uam_places_specific": "Hoeveel specifieke plaatsen en time out plaatsen voor NBMV?",
    "uam_age_16_plus": "Hoeveel procent van de NBMV is 16 jaar en ouder?",
    "uam_age_12_15": "Hoeveel procent van de NBMV is tussen 12 en 15 jaar?",
    "uam_age_11_minus": "Hoeveel procent van de NBMV is 11 jaar of jonger?",
    "uam_afghanistan": "Hoeveel procent van de NBMV komt uit Afghanistan?",
    "uam_syria": "Welk deel van de niet-begeleide minderjarigen is Syrisch?",
    "uam_eritrea": "Hoeveel procent van de NBMV komt uit Eritrea?",
    "uam_somalia": "Hoeveel procent van de NBMV komt uit Somalië?",
    "uam_palestina": "Hoeveel procent van de NBMV is Palestijns?",
    "uam_guinea": "Hoeveel procent van de NBMV komt uit Guinee?",
    "uam_other_countries": "Hoeveel procent van de NBMV komt uit andere landen?",
    "uam_boys": "Hoeveel procent van de NBMV zijn jongens?",
    "uam_girls": "Hoeveel procent van de NBMV zijn meisjes?",
    "resettled": "Hoeveel vluchtelingen werden in 2023 hervestigd?",
    "resettlement_commitment": "Hoeveel vluchtelingen had België beloofd te hervestigen?",
    "resettled_alveringem": "Hoeveel hervestigde vluchtelingen gingen via Alveringem?",
    "resettled_since_2013": "Hoeveel vluchtelingen heeft België sinds 2013 hervestigd?",
    "resettled_drcongo": "Hoeveel hervestigde vluchtelingen kwamen uit DR Congo?",
    "resettled_syria": "Hoeveel Syriërs werden in 2023 hervestigd?",
    "resettled_sudan": "Hoeveel hervestigde vluchtelingen kwamen uit Soedan?",
    "resettled_ethiopia": "Hoeveel Ethiopiërs werden hervestigd?",
    "resettled_eritrea": "Hoeveel hervestigde vluchtelingen uit Eritrea?",
    "resettled_families": "Hoeveel hervestigde vluchtelingen kwamen in families?",
    "resettled_single_men": "Hoeveel alleenstaande mannen werden hervestigd?",
    "resettled_single_women": "Hoeveel alleenstaande vrouwen werden hervestigd in 2023?",
    "relocated": "Hoeveel personen werden in 2023 herplaatst vanuit Cyprus?",
    "ukraine_certificates": "Hoeveel attesten voor tijdelijke bescherming werden in 2023 uitgereikt?",
    "ukraine_one_year": "Hoeveel Oekraïners hadden een jaar na het begin van het conflict tijdelijke bescherming?",
    "squat_paleizenstraat": "Hoeveel mensen woonden in het kraakpand in de Paleizenstraat?",
    "tent_camp": "Hoeveel mensen uit het tentenkamp kregen onderdak?",
    "single_men_not_received_march": "Hoeveel alleenstaande mannen werden in maart niet opgevangen?",
    "single_men_not_received_april": "Hoeveel alleenstaande mannen werden in april niet opgevangen?",
    "uam_centre_schaarbeek": "Hoeveel plaatsen heeft het nieuwe NBMV-centrum in Schaarbeek?",
    "uam_places_record": "Wat was het record aan NBMV-plaatsen in mei 2023?",
    "uam_woluwe": "Hoeveel NBMV vangt het centrum van Sint-Pieters-Woluwe op?",
    "humanitarian_places": "Hoeveel humanitaire plaatsen financiert de federale regering in Brussel?",
    "humanitarian_extension": "Met hoeveel plaatsen werden de humanitaire plaatsen uitgebreid?",
    "waiting_list_july": "Hoeveel alleenstaande mannen stonden in juli op de wachtlijst?",
    "aoi_pondrome": "Hoeveel plaatsen heeft het AOI in Pondrôme?",
    "beersel": "Hoeveel personen kregen noodopvang in het jeugdverblijf in Beersel?",
    "palestinian_residents": "Hoeveel bewoners van Palestijnse origine vangt Fedasil op?",
    "youth_sector_places": "Hoeveel plaatsen stelde de Vlaamse jeugdsector ter beschikking?",
    "record_capacity": "Wat was de recordcapaciteit van het opvangnetwerk tijdens de asielcrisis?",
    "capacity_threshold_november": "Welke kaap overschreed het opvangnetwerk in november 2023?",
    "december_extra_residents": "Hoeveel extra bewoners kwamen er in december bij in het netwerk?",
    "december_waiting_list": "Hoeveel verzoekers moesten zich in december op de wachtlijst inschrijven?",
    "waiting_list_end_single_men": "Hoeveel alleenstaande mannen stonden eind 2023 op de wachtlijst?",
}


def test_every_reception_figure_has_a_question() -> None:
    assert set(RECEPTION_QUESTIONS) == {f.key for f in DATASET.select(group="reception")}


def _reception_fails(key: str, question: str, domain: dict[str, Any]) -> str | None:
    reply = ask(question)
    fact = DATASET.one(group="reception", key=key)
    assert fact is not None and reply.query is not None
    text = render(domain, reply) if reply.response else ""
    if reply.response != "utter_figure_reception" or reply.query.reception != key:
        return f"{key}: {question!r} -> {reply.response} {text!r}"
    if format_value(fact.value, fact.unit, fact.qualifier) not in text or "Bron: Fedasil, Balans 2023" not in text:
        return f"{key}: {question!r} -> {text!r}"
    return None


def test_every_reception_figure_comes_back(domain: dict[str, Any]) -> None:
    """One question per reception fact; every failing fact is reported."""
    failing = [m for key, q in RECEPTION_QUESTIONS.items() if (m := _reception_fails(key, q, domain))]
    assert failing == [], f"{len(failing)} of {len(RECEPTION_QUESTIONS)} reception facts:\n" + "\n".join(failing)


# ------------------------------------------------------------------------------ answers, by kind


@pytest.mark.parametrize(
    ("question", "response", "numbers"),
    [
        ("Hoeveel mensen keerden vrijwillig terug in 2023?", "utter_figure_total", ["2.952"]),
        ("hoeveel terugkeerders vorig jaar", "utter_figure_total_whole_and_partial", ["3.122", "2.397", "2.351", "46"]),
        ("hoeveel in 2014", "utter_figure_total_split", ["3.587", "3.445", "141"]),
        ("aantal terugkeerders 2013", "utter_figure_total_without_dublin", ["4.585", "114"]),
        ("hoeveel in 2011", "utter_figure_total_without_bus", ["3.358", "bijna 300"]),
        ("hoeveel mensen in oktober 2014", "utter_figure_month", ["319", "280", "39"]),
        ("hoeveel in mei 2013", "utter_figure_month_total", ["366"]),
        ("hoeveel mensen keerden terug in februari", "utter_figure_month_years", ["413", "269", "306"]),
        ("hoeveel Brazilianen keerden terug in 2023", "utter_figure_country_with_reintegration", ["996", "574"]),
        ("hoeveel naar Roemenie in 2014", "utter_figure_country", ["573"]),
        ("hoeveel Syriërs in 2025", "utter_figure_country_whole_and_partial", ["219", "187"]),
        ("hoeveel Irakezen in 2023", "utter_figure_country_reintegration_only", ["65", "949"]),
        ("hoeveel Georgiërs keerden terug", "utter_figure_country_years", ["127", "145", "120", "99", "432"]),
        ("top 5 landen 2023", "utter_figure_top", ["996", "171", "170", "145", "107"]),
        ("top 3 met re-integratiesteun in 2023", "utter_figure_top_reintegration", ["574", "147", "145"]),
        ("top 10 landen 2025", "utter_figure_top_shorter", ["685", "99"]),
        ("hoeveel mensen gingen in 2014 naar andere landen", "utter_figure_top", ["573", "54", "839"]),
        ("alle landen met re-integratiesteun in 2023", "utter_figure_top_reintegration", ["574", "60", "639"]),
        ("welke landen in 2021", "utter_figure_top_mentioned", ["239", "235", "222", "166", "120"]),
        ("profiel van de terugkeerders in 2025", "utter_figure_profile", ["27,2%", "28,7%", "43,4%"]),
        ("hoeveel uitgeprocedeerde asielzoekers in 2014", "utter_figure_profile_one", ["34%", "1.228"]),
        ("hoeveel zonder wettig verblijf in 2015", "utter_figure_profile_count", ["2.021"]),
        ("hoeveel procent kreeg re-integratiesteun in 2022", "utter_figure_reintegration", ["73%", "1.970"]),
        ("re-integratiesteun 2018", "utter_figure_reintegration_share", ["46%"]),
        ("re-integratiesteun 2021", "utter_figure_reintegration_count", ["1.344"]),
        ("hoeveel Dublin-terugkeerders", "utter_figure_per_year", ["114", "205", "155"]),
        ("hoeveel via DVZ in 2023", "utter_figure_dvz", ["45", "2.952"]),
        ("leeftijd van de terugkeerders", "utter_figure_age", ["21%", "40%", "27%", "12%"]),
        ("hoeveel vrouwen keerden terug", "utter_figure_gender", ["60%", "40%"]),
        ("hoeveel gezinnen in 2023", "utter_figure_family", ["46%", "54%", "1%"]),
        ("hoeveel aanvragen via het terugkeerloket in 2014", "utter_figure_channel", ["1.134", "31,5%"]),
        (
            "is de terugkeer gestegen in 2023?",
            "utter_figure_compare_published",
            ["2.952", "2.673", "279", "+10,4%", "+10%"],
        ),
        ("verschil tussen 2014 en 2023", "utter_figure_compare", ["3.587", "2.952", "635", "-17,7%"]),
        ("meer Brazilianen in 2023 dan in 2013?", "utter_figure_compare_country", ["996", "340", "656"]),
        ("evolutie tussen 2018 en 2021", "utter_figure_trend", ["2.994", "2.426", "1.847", "1.965"]),
        ("in welk jaar keerden de meeste mensen terug", "utter_figure_peak", ["5.656", "2012"]),
        ("wat was het laagste jaar sinds 2010", "utter_figure_low", ["1.847", "2020"]),
        ("geef een overzicht van 2023", "utter_figure_overview", ["2.952", "996", "58%", "2.069", "70%"]),
        ("hoeveel opvangplaatsen eind 2023", "utter_figure_reception", ["35.651"]),
        ("cijfers over opvang", "utter_figure_reception_overview", ["35.651", "287", "32"]),
    ],
)
def test_answers(question: str, response: str, numbers: list[str], domain: dict[str, Any]) -> None:
    reply = ask(question)
    text = render(domain, reply)
    assert reply.response == response, text
    for number in numbers:
        assert number in text, f"{number} not in {text!r}"


def test_2025_is_the_whole_year_with_the_partial_year_named(domain: dict[str, Any]) -> None:
    text = render(domain, ask("Hoeveel mensen keerden terug in 2025?"))
    assert "In heel 2025 keerden 3.122 mensen" in text
    assert "januari tot en met september 2025 waren het er 2.397" in text
    assert "Tweede bron: Fedasil, nieuwsbericht van 03/02/2026 (https://fedasil.be/fr/node/12902)." in text
    assert "Bron: Fedasil, Vrijwillige terugkeer in 2025 (januari tot en met september)." in text


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel Brazilianen in 2025",
        "top 5 van 2025",
        "profiel 2025",
        "hoeveel in maart 2025",
        "hoeveel via DVZ in 2025",
    ],
)
def test_partial_year_figures_are_named_as_such(question: str, domain: dict[str, Any]) -> None:
    assert "2025" in render(domain, ask(question))
    text = render(domain, ask(question))
    assert "januari tot en met september 2025" in text or "maart 2025" in text


# ------------------------------------------------------------------------------ not in the data


@pytest.mark.parametrize(
    ("question", "response", "available"),
    [
        ("hoeveel mensen keerden terug in 2005", "utter_figure_year_unknown", "2007 tot en met 2025"),
        ("hoeveel dit jaar", "utter_figure_year_unknown", "2007 tot en met 2025"),
        ("hoeveel mensen keerden terug in 2031?", "utter_figure_year_unknown", "2007 tot en met 2025"),
        ("hoeveel in oktober 2025", "utter_figure_not_available", "2013, 2014 en januari tot en met september 2025"),
        ("hoeveel mensen in maart 2020", "utter_figure_not_available", "2013, 2014"),
        ("hoeveel naar Japan in 2023", "utter_figure_country_unknown", "2013, 2014, 2023"),
        ("hoeveel Nigerianen keerden terug", "utter_figure_country_unknown", "2013, 2014, 2023"),
        ("hoeveel naar Armenië in 2023", "utter_figure_country_in_other", "949"),
        ("hoeveel Mongolen in 2025", "utter_figure_country_not_listed", "de top 6"),
        ("hoeveel naar Roemenië in 2013", "utter_figure_country_not_listed", "de top 5"),
        ("hoeveel Brazilianen in 2019", "utter_figure_country_not_listed", "Georgië"),
        ("hoeveel Brazilianen in 2010", "utter_figure_not_available", "2013, 2014, 2023"),
        ("top 5 van 2020", "utter_figure_not_available", "2013, 2014, 2023"),
        ("leeftijd in 2014", "utter_figure_not_available", "2023"),
        ("hoeveel Dublin in 2014", "utter_figure_not_available", "2013, 2017 en 2023"),
        ("re-integratiesteun in 2014", "utter_figure_not_available", "2018, 2019, 2021 tot en met 2023 en 2025"),
        ("hoeveel opvangplaatsen in 2021", "utter_figure_reception_not_available", "2021"),
        ("hoeveel hervestigde vluchtelingen uit Afghanistan", "utter_figure_reception_no_country", "DR Congo 154"),
    ],
)
def test_not_in_the_data_says_so_and_names_what_is_available(
    question: str, response: str, available: str, domain: dict[str, Any]
) -> None:
    reply = ask(question)
    text = render(domain, reply)
    assert reply.response == response, text
    assert available in text
    if response != "utter_figure_reception_no_country":
        assert "www.fedasil.be" in text


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel mensen keerden terug in 2005",
        "hoeveel naar Japan in 2023",
        "hoeveel naar Armenië in 2023",
        "hoeveel in oktober 2025",
        "hoeveel opvangplaatsen in 2021",
    ],
)
def test_a_missing_figure_is_never_estimated(question: str, domain: dict[str, Any]) -> None:
    text = render(domain, ask(question))
    figures_in_text = set(re.findall(r"\d[\d.]*\d|\d", text))
    published = {format_value(f.value, "persons") for f in DATASET.figures} | {str(y) for y in range(2000, 2032)}
    assert figures_in_text <= published | {"32"} | {"745"}, figures_in_text - published


# ------------------------------------------------------------------------------ follow-ups


def test_followups_reuse_the_question_before(domain: dict[str, Any]) -> None:
    answers = conversation(
        domain,
        "Hoeveel mensen keerden vrijwillig terug naar Brazilië in 2023?",
        "en naar Mongolië?",
        "en in 2014?",
        "en de top 5?",
        "en in 2013?",
        "en met re-integratiesteun in 2023?",
    )
    assert "996" in answers[0][1]
    assert "Mongolië" in answers[1][1] and "170" in answers[1][1]
    assert "125" in answers[2][1]  # Mongolia in 2014
    assert answers[3][0] == "utter_figure_top" and "Roemenië (573)" in answers[3][1]
    assert "Rusland (630)" in answers[4][1]
    assert answers[5][0] == "utter_figure_top_reintegration" and "Brazilië (574)" in answers[5][1]


def test_followup_on_a_total_and_a_month(domain: dict[str, Any]) -> None:
    answers = conversation(
        domain,
        "hoeveel in 2023?",
        "en in 2022?",
        "en het jaar ervoor?",
        "en in maart 2014?",
        "en in april?",
        "en in 2025?",
    )
    assert [a[0] for a in answers[:3]] == ["utter_figure_total"] * 3
    assert "2.673" in answers[1][1] and "1.965" in answers[2][1]
    assert "368" in answers[3][1] and "337" in answers[4][1] and "276" in answers[5][1]


def test_followup_on_reintegration_and_profile(domain: dict[str, Any]) -> None:
    answers = conversation(
        domain,
        "hoeveel kregen re-integratiesteun in 2023",
        "en in 2022?",
        "hoeveel procent zonder papieren in 2014",
        "en de uitgeprocedeerden?",
        "en in 2023?",
    )
    assert "2.069" in answers[0][1] and "73%" in answers[1][1]
    assert "58%" in answers[2][1] and "34%" in answers[3][1] and "22%" in answers[4][1]


def test_followup_with_a_country_outside_the_list(domain: dict[str, Any]) -> None:
    answers = conversation(domain, "top 5 landen in 2025", "en naar Mongolië?", "en in 2023?")
    assert answers[1][0] == "utter_figure_country_not_listed"
    assert answers[2][0] == "utter_figure_country_with_reintegration" and "170" in answers[2][1]


def test_followup_on_reception_by_country(domain: dict[str, Any]) -> None:
    answers = conversation(
        domain, "hoeveel vluchtelingen werden hervestigd uit Syrië", "en uit Eritrea?", "en uit Irak?"
    )
    assert "81" in answers[0][1] and "8" in answers[1][1]
    assert answers[2][0] == "utter_figure_reception_no_country"


def test_a_full_question_after_a_figure_does_not_inherit_context(domain: dict[str, Any]) -> None:
    first = ask("hoeveel mensen in maart 2014")
    reply = ask("Hoeveel mensen keerden terug in 2023?", first.query)
    assert reply.response == "utter_figure_total" and "2.952" in render(domain, reply)


def test_query_survives_the_slots() -> None:
    for question in [
        "hoeveel Brazilianen in 2023",
        "top 3 met re-integratiesteun 2023",
        "evolutie 2015-2020",
        "hoeveel in maart 2014",
        "hoeveel hervestigd uit Syrië",
        "meer Brazilianen in 2023 dan in 2013",
        "alle landen van 2023",
    ]:
        query = ask(question).query
        assert query is not None
        assert previous_query(DATASET, query.to_slot()) == query


@pytest.mark.parametrize(
    "text",
    [
        "en mijn broer?",
        "en daarna?",
        "wie betaalt dat?",
        "?",
        "ik wil meer weten",
        "krijg ik steun?",
        "hoeveel geld krijg ik?",
        "hoeveel kost de reis?",
    ],
)
def test_a_message_without_anything_a_figure_question_names_gets_no_answer(text: str) -> None:
    previous = ask("hoeveel in 2023").query
    reply = reply_to(DATASET, text, today=TODAY, previous=previous)
    assert reply.response is None and reply.query == previous


def test_unreadable_slots_give_no_previous_query() -> None:
    assert previous_query(DATASET, {}) is None
    assert previous_query(DATASET, {"kind": "nonsense"}) is None
    assert previous_query(DATASET, {"kind": "total", "years": ["twintig"]}) is None


# ------------------------------------------------------------------------------ source lines and helpers


def test_source_line_labels_the_second_source() -> None:
    seed = DATASET.one(kind="total", part="total", year=2023)
    news = DATASET.one(kind="total", part="total", year=2017)
    assert seed is not None and news is not None
    assert source_line(DATASET, [seed]) == "Bron: Fedasil, Balans 2023 (jaarverslag)."
    assert source_line(DATASET, [news]).startswith("Tweede bron: Fedasil, nieuwsbericht van 31/01/2018 (https://")


def test_years_text() -> None:
    assert years_text([2013, 2014, 2023]) == "2013, 2014 en 2023"
    assert years_text(range(2007, 2026)) == "2007 tot en met 2025"
    assert years_text([2018, 2019, 2021, 2022, 2023, 2025]) == "2018, 2019, 2021 tot en met 2023 en 2025"


def test_every_reply_names_a_known_response_with_all_its_values() -> None:
    for question in ["hoeveel in 2023", "hoeveel naar Japan", "overzicht", "evolutie", "hoeveel opvang"]:
        reply = ask(question)
        assert reply.response in responses()
        assert set(reply.values) == set(responses()[reply.response])


@pytest.mark.parametrize(
    "question",
    [
        "evolutie",
        "overzicht",
        "geef een overzicht van 2014",
        "cijfers over opvang",
        "hoeveel Brazilianen keerden terug",
        "hoeveel in 2025",
        "hoeveel Georgiërs keerden terug",
        "top 10 landen in 2014",
        "profiel 2014",
    ],
)
def test_answers_stay_short(question: str, domain: dict[str, Any]) -> None:
    assert len(render(domain, ask(question)).split()) <= 85


# ------------------------------------------------------------------------------ months (the kind added last)


def test_the_returns_per_month_of_a_year(domain: dict[str, Any]) -> None:
    reply = ask("Hoeveel mensen keerden per maand terug in 2014?")
    assert reply.response == "utter_figure_months"
    text = render(domain, reply)
    months = DATASET.select(group="return", kind="month", part="total", year=2014)
    months = sorted(months, key=lambda f: int(str(f.key)))
    assert len(months) == 12
    for figure in months:
        assert f"{month_name(int(str(figure.key)))} {format_value(figure.value, figure.unit)}" in text
    assert text.startswith("Vrijwillige terugkeer per maand in 2014: januari ")
    assert "Bron: Fedasil, Vrijwillige terugkeer in 2014." in text


def test_the_months_of_the_partial_year_and_a_followup(domain: dict[str, Any]) -> None:
    reply = ask("maandcijfers 2025")
    assert reply.response == "utter_figure_months"
    text = render(domain, reply)
    assert "januari tot en met september 2025" in text and "oktober" not in text
    follow = ask("en in 2013?", reply.query)
    assert follow.response == "utter_figure_months" and "per maand in 2013" in render(domain, follow)


def test_no_monthly_figures_for_a_year_says_so(domain: dict[str, Any]) -> None:
    reply = ask("hoeveel per maand in 2023?")
    assert reply.response == "utter_figure_not_available"
    text = render(domain, reply)
    assert "terugkeer per maand" in text and "2013, 2014 en januari tot en met september 2025" in text


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel mensen werden in 2023 gedwongen teruggestuurd?",
        "hoeveel uitzettingen via de DVZ vorig jaar",
        "hoeveel mensen werden uitgezet naar Marokko in 2014",
    ],
)
def test_a_forced_return_question_gets_no_number_of_voluntary_returns(question: str, domain: dict[str, Any]) -> None:
    reply = ask(question)
    assert reply.response == "utter_figure_forced"
    text = render(domain, reply)
    assert "geen cijfers" in text and "Dienst Vreemdelingenzaken" in text
    assert not re.search(r"\d\.\d{3}", text)


def test_a_question_about_voluntary_returns_is_no_forced_question() -> None:
    assert ask("hoeveel mensen keerden in 2023 vrijwillig terug, niet via DVZ?").response != "utter_figure_forced"
