"""bot/figures/parse.py: years, months, countries, profiles and what is asked, in Dutch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.figures import vocabulary as vocab
from bot.figures.parse import (
    countries_in,
    entity_values,
    normalise_country,
    normalise_month,
    normalise_year,
    parse_question,
)
from bot.figures.text import fold
from tests.figures_support import ROOT, SOURCES, TODAY


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("2023", 2023),
        ("in 2014", 2014),
        ("'23", 2023),
        ("vorig jaar", 2025),
        ("vorige jaar", 2025),
        ("verleden jaar", 2025),
        ("dit jaar", 2026),
        ("volgend jaar", 2027),
        ("twee jaar geleden", 2024),
        ("eervorig jaar", 2024),
        ("3 jaar geleden", 2023),
        ("last year", 2025),
        ("gisteren", None),
        ("", None),
    ],
)
def test_normalise_year_is_relative_to_today(surface: str, expected: int) -> None:
    assert normalise_year(surface, TODAY) == expected


def test_relative_years_follow_the_date_passed_in() -> None:
    assert normalise_year("vorig jaar", date(2024, 1, 2)) == 2023
    assert normalise_year("dit jaar", date(2030, 6, 1)) == 2030


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("januari", 1),
        ("Februari", 2),
        ("febuari", 2),
        ("feburari", 2),
        ("mrt", 3),
        ("maart", 3),
        ("april", 4),
        ("mei", 5),
        ("juni", 6),
        ("juli", 7),
        ("augustus", 8),
        ("agustus", 8),
        ("sept", 9),
        ("september", 9),
        ("setpember", 9),
        ("okt", 10),
        ("october", 10),
        ("november", 11),
        ("december", 12),
        ("décembre", 12),
        ("maandag", None),
        ("markt", None),
    ],
)
def test_normalise_month(surface: str, expected: int) -> None:
    assert normalise_month(surface) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Brazilië", "Brazilië"),
        ("Brazilie", "Brazilië"),
        ("brazillie", "Brazilië"),
        ("Brazilianen", "Brazilië"),
        ("Braziliaanse", "Brazilië"),
        ("Roemenen", "Roemenië"),
        ("roemenie", "Roemenië"),
        ("Syriërs", "Syrië"),
        ("syriers", "Syrië"),
        ("Syrie", "Syrië"),
        ("Oekraïners", "Oekraïne"),
        ("oekraine", "Oekraïne"),
        ("Moldova", "Moldavië"),
        ("moldavie", "Moldavië"),
        ("Mongolen", "Mongolië"),
        ("Georgiërs", "Georgië"),
        ("El Salvador", "El Salvador"),
        ("salvadoranen", "El Salvador"),
        ("Wit-Rusland", "Wit-Rusland"),
        ("witrusland", "Wit-Rusland"),
        ("Belarus", "Wit-Rusland"),
        ("Russen", "Rusland"),
        ("Irakezen", "Irak"),
        ("Turken", "Turkije"),
        ("turkye", "Turkije"),
        ("Colombianen", "Colombia"),
        ("columbia", "Colombia"),
        ("Slowakije", "Slovakije"),
        ("Noord-Macedonië", "Macedonië"),
        ("Kosovaren", "Kosovo"),
        ("Marokkanen", "Marokko"),
        ("Afghanen", "Afghanistan"),
        ("Kazachen", "Kazachstan"),
        ("Pakistanen", "Pakistan"),
        ("Albanezen", "Albanië"),
        ("Armeniërs", "Armenië"),
        ("Serviërs", "Servië"),
        ("Congolezen", "DR Congo"),
        ("Eritreeërs", "Eritrea"),
        ("Japan", "Japan"),
        ("Mongolie", "Mongolië"),
        # one typo in a longer name
        ("Brazillië", "Brazilië"),
        ("Moldavei", "Moldavië"),
        ("Kazachtan", "Kazachstan"),
        # not countries
        ("personen", None),
        ("service", None),
        ("mensen", None),
        ("België", None),
        ("steden", None),
        # a language is not a country, its adjective is
        ("Frans", None),
        ("nederlands", None),
        ("Franse", "Frankrijk"),
        ("Russische", "Rusland"),
    ],
)
def test_normalise_country(surface: str, expected: str) -> None:
    assert normalise_country(surface) == expected


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("asielzoekers", "asylum"),
        ("verzoekers om internationale bescherming", "asylum"),
        ("verzoekers", "asylum"),
        ("uitgeprocedeerd", "rejected"),
        ("uitgeprocedeerde asielzoekers", "rejected"),
        ("afgewezen", "rejected"),
        ("uitgeprocedeerden", "rejected"),
        ("zonder papieren", "undocumented"),
        ("sans-papiers", "undocumented"),
        ("zonder wettig verblijf", "undocumented"),
        ("illegalen", "undocumented"),
        ("gezinnen", None),
    ],
)
def test_profiles_are_read_from_the_text(surface: str, expected: str | None) -> None:
    assert parse_question(surface, today=TODAY).profiles[:1] == ((expected,) if expected else ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hoeveel mensen keerden terug in 2023?", {"years": (2023,)}),
        ("hoeveel vorig jaar?", {"years": (2025,)}),
        ("tussen 2015 en 2020", {"year_range": (2015, 2020)}),
        ("evolutie 2015-2020", {"year_range": (2015, 2020)}),
        ("van 2010 tot 2014", {"year_range": (2010, 2014)}),
        ("sinds 2019", {"year_range": (2019, 2026)}),
        ("de laatste 5 jaar", {"year_range": (2021, 2025)}),
        ("de afgelopen drie jaar", {"year_range": (2023, 2025)}),
        ("in 2014 en 2023", {"years": (2014, 2023), "year_range": None}),
        ("hoeveel in maart 2014", {"months": (3,), "years": (2014,)}),
        ("hoeveel in jan 2025", {"months": (1,)}),
        ("jan ging terug", {"months": ()}),
        ("hoeveel Brazilianen en Roemenen", {"countries": ("Brazilië", "Roemenië")}),
        ("hoeveel naar Wit-Rusland", {"countries": ("Wit-Rusland",)}),
        ("top 5 in 2023", {"top_n": 5}),
        ("de drie belangrijkste landen", {"top_n": 3}),
        ("top tien", {"top_n": 10}),
        ("hoeveel procent zonder papieren", {"share": True, "profiles": ("undocumented",)}),
        ("met re-integratiesteun", {"reintegration": True}),
        ("wat was het laagste jaar", {"low": True}),
        ("hoeveel mensen keerden terug", {"returns": True}),
        ("hoeveel open terugkeerplaatsen", {"returns": False}),
    ],
)
def test_parse_question_values(text: str, expected: dict) -> None:
    question = parse_question(text, today=TODAY)
    for name, value in expected.items():
        assert getattr(question, name) == value, name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hoeveel kregen re-integratiesteun", "reintegration"),
        ("reintegratie 2023", "reintegration"),
        ("hoeveel Dublin-terugkeerders", "dublin"),
        ("hoeveel via de DVZ", "dvz"),
        ("via de Dienst Vreemdelingenzaken", "dvz"),
        ("busreizen naar de Balkan", "bus"),
        ("leeftijd van de terugkeerders", "age"),
        ("hoeveel vrouwen", "gender"),
        ("hoeveel gezinnen", "family"),
        ("alleenstaande mannen en vrouwen", "family"),
        ("profiel 2023", "profile"),
        ("via het terugkeerloket", "channel"),
        ("welke landen", "top"),
        ("evolutie", "trend"),
        ("is het gestegen", "compare"),
        ("meer Brazilianen in 2023 dan in 2013", "compare"),
        ("in welk jaar keerden de meeste mensen terug", "peak"),
        ("recordjaar", "peak"),
        ("overzicht van 2023", "overview"),
        ("hoeveel opvangplaatsen", "reception"),
    ],
)
def test_parse_question_kinds(text: str, kind: str) -> None:
    assert kind in parse_question(text, today=TODAY).kinds


def test_most_people_to_which_country_is_a_top_not_a_peak() -> None:
    kinds = parse_question("naar welk land keerden de meeste mensen terug?", today=TODAY).kinds
    assert "top" in kinds and "peak" not in kinds


@pytest.mark.parametrize(
    ("text", "followup"),
    [
        ("en in 2022?", True),
        ("en naar Mongolië?", True),
        ("en de top 5?", True),
        ("2021?", True),
        ("Roemenië?", True),
        ("hoeveel daarvan kregen re-integratiesteun?", True),
        ("en het jaar ervoor?", True),
        ("wat met Turkije?", True),
        ("Hoeveel mensen keerden terug in 2023?", False),
        ("hoeveel in 2023?", False),
        ("En hoeveel mensen keerden in 2014 vrijwillig terug naar Rusland?", False),
    ],
)
def test_followups_are_recognised_by_their_shape(text: str, followup: bool) -> None:
    assert parse_question(text, today=TODAY).followup is followup


def test_entity_values_add_what_the_text_scan_misses() -> None:
    entities = [
        {"entity": "country", "value": "Braziljë"},  # DIET's guess on an unknown spelling
        {"entity": "year", "value": "vorig jaar"},
        {"entity": "month", "value": "sept"},
    ]
    question = parse_question("hoeveel daar?", entities, today=TODAY)
    assert question.countries == ("Brazilië",)
    assert question.years == (2025,)
    assert question.months == (9,)


@pytest.mark.parametrize(
    ("text", "surfaces", "years"),
    [
        ("en hoeveel waren dat vorig jaar, in 2024?", ["vorig jaar", "2024"], (2024,)),
        ("hoeveel in 2019, dus vorig jaar voor hem?", ["2019", "vorig jaar"], (2019,)),
        ("hoeveel vorig jaar?", ["vorig jaar"], (2025,)),
        ("en in 2014 en 2023?", ["2014", "2023"], (2014, 2023)),
    ],
)
def test_a_named_year_outranks_a_relative_year_entity(text: str, surfaces: list[str], years: tuple[int, ...]) -> None:
    entities = [{"entity": "year", "value": surface} for surface in surfaces]
    question = parse_question(text, entities, today=TODAY)
    assert question.years == years
    assert "trend" not in question.kinds or len(years) > 1


BAD_ENTITIES: list[object] = [
    {"entity": "month", "value": "999"},
    {"entity": "month", "value": "0"},
    {"entity": "month", "value": 3},
    {"entity": "year", "value": "99999"},
    {"entity": "year", "value": 2023},
    {"entity": "year", "value": ["2023"]},
    {"entity": "country", "value": "Atlantis"},
    {"entity": "country", "value": {"value": "Marokko"}},
    {"entity": "country", "value": [["Marokko"]]},
    {"entity": ["country"], "value": "Marokko"},
    {"entity": "profile", "value": "uitgeprocedeerden"},  # DIET tags no entities: not read
    {"entity": "country", "value": "x" * 500},
    "country",
    None,
    ["year", "2023"],
]


def test_entities_that_are_not_valid_are_left_out() -> None:
    assert entity_values(BAD_ENTITIES) == [("month", "999"), ("month", "0"), ("year", "99999"), ("country", "Atlantis")]
    assert entity_values("year") == [] and entity_values(None) == [] and entity_values({"entity": "year"}) == []
    question = parse_question("hoeveel in totaal?", BAD_ENTITIES, today=TODAY)  # type: ignore[arg-type]
    assert (question.years, question.months, question.countries, question.profiles) == ((), (), (), ())


def test_years_months_and_countries_are_always_in_range() -> None:
    question = parse_question("hoeveel in maand 13 van 99999 naar 0?", today=TODAY)
    assert (question.years, question.months, question.countries) == ((), (), ())
    assert normalise_month("999") is None and normalise_month("0") is None
    assert normalise_year("99999", TODAY) is None and normalise_country("Atlantis") is None


def test_fold() -> None:
    assert fold("Re-integratie­steun in 2.952 Oekraïne?") == "re integratiesteun in 2952 oekraine"


def _vocabulary() -> set[str]:
    files = [*sorted((SOURCES / "seeds").glob("*.txt")), *sorted((ROOT / "data" / "nlu").glob("*.yml"))]
    words: set[str] = set()
    for path in files:
        words |= set(fold(Path(path).read_text(encoding="utf-8")).split())
    return words


def test_no_ordinary_word_of_the_sources_or_the_training_data_is_taken_for_a_country() -> None:
    forms = {fold(s) for canonical, variants in vocab.COUNTRIES.items() for s in (canonical, *variants)}
    taken = {w: normalise_country(w) for w in _vocabulary() - forms if w.isalpha()}
    assert {w: c for w, c in taken.items() if c} == {}


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("hoeveel waren het van januari tot september 2025?", ()),
        ("hoeveel dvz terugkeren in 2025 jan tot sept", ()),
        ("percentage uitgeprocedeerden jan-sept 2025", ()),
        ("tussen januari en september 2025 hoeveel syriers", ()),
        ("januari t/m september 2025 totaal", ()),
        ("hoeveel in januari en februari 2014", (1, 2)),
        ("hoeveel in maart 2014", (3,)),
    ],
)
def test_a_month_range_is_a_period_not_one_month(text: str, months: tuple[int, ...]) -> None:
    assert parse_question(text, today=date(2026, 11, 23)).months == months


def test_countries_in_is_the_public_country_reader() -> None:
    from bot.figures.parse import countries_in

    assert countries_in("een Georgische vrouw, eerder in Moldova") == ["Georgië", "Moldavië"]
    assert countries_in("uit brazillie") == ["Brazilië"]
    assert countries_in("geen land") == []


def test_the_intake_uses_no_private_name_of_the_figures_core() -> None:
    import ast
    from pathlib import Path

    for path in Path(__file__).resolve().parent.parent.joinpath("bot", "intake").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot.figures"):
                assert not any(alias.name.startswith("_") for alias in node.names), path


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("une cliente marocaine", "Marokko"),
        ("Béninois, 9bis lopende", "Benin"),
        ("een Russisch gezin", "Rusland"),
        ("Ivoriaan, uitgeprocedeerd", "Ivoorkust"),
        ("Indisch koppel", "India"),
        ("een Sri Lankaan", "Sri Lanka"),
    ],
)
def test_french_demonyms_and_more_dutch_ones_name_the_country(text: str, country: str) -> None:
    assert countries_in(text) == [country]
