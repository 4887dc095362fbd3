"""bot/figures/query.py: the kind asked (precedence from the registry) and follow-ups on the previous query."""

from __future__ import annotations

import pytest

from bot.figures.kinds import registry
from bot.figures.model import WHOLE_LIST, Query
from bot.figures.parse import parse_question
from bot.figures.query import asked_kind, build_query, fresh_query, merge_followup, slot_check
from tests.figures_support import DATASET, TODAY


def query(text: str, previous: Query | None = None) -> Query:
    return build_query(DATASET, parse_question(text, today=TODAY), previous)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hoeveel mensen keerden terug in 2023", "total"),
        ("overzicht van 2023 met de top 5", "top"),  # "top" and "overview": the list
        ("geef me een overzicht van 2023", "overview"),
        ("welk jaar had de meeste terugkeer", "peak"),
        ("meer dan in 2022?", "compare"),
        ("evolutie tussen 2015 en 2020", "trend"),
        ("hoeveel in maart 2014 via dvz", "month"),  # a month beats dvz
        ("hoeveel Marokkanen met re-integratiesteun in 2023", "country"),
        ("top 3 landen in 2023", "top"),
        ("hoeveel mensen keerden per maand terug in 2014", "months"),
        ("hoeveel Dublin-vertrekken in 2013", "dublin"),
        ("hoeveel kregen re-integratiesteun in 2023", "reintegration"),
        ("leeftijd van de terugkeerders in 2023", "age"),
        ("hoeveel uitgeprocedeerden in 2023", "profile"),
        ("hoeveel opvangplaatsen telde het netwerk eind 2023", "reception"),
    ],
)
def test_the_kind_of_highest_precedence_wins(text: str, kind: str) -> None:
    assert query(text).kind == kind


def test_precedence_is_the_registry_order() -> None:
    kinds = list(registry().values())
    assert [k.precedence for k in kinds] == sorted({k.precedence for k in kinds}, reverse=True), "unique, descending"
    assert kinds[-1].name == "total" and asked_kind(parse_question("hoeveel?", today=TODAY)) == "total"


def test_a_fresh_query_takes_every_value_of_the_question() -> None:
    q = fresh_query(DATASET, parse_question("top 3 met re-integratiesteun in 2023", today=TODAY))
    assert (q.kind, q.years, q.top_n, q.scope) == ("top", (2023,), 3, "reintegration")
    assert query("alle landen van 2023").top_n == WHOLE_LIST
    assert query("vergelijk de re-integratiesteun van 2022 en 2023").subject == "reintegration"
    assert query("welke maand van 2014 had de meeste terugkeer").subject == "month"


@pytest.mark.parametrize(
    ("first", "followup", "expected"),
    [
        ("hoeveel in 2023", "en in 2022?", Query("total", years=(2022,))),
        ("hoeveel Brazilianen in 2023", "en in 2014?", Query("country", years=(2014,), country="Brazilië")),
        ("hoeveel Brazilianen in 2023", "en de top 5?", Query("top", years=(2023,), top_n=5)),
        ("top 3 in 2023", "en met re-integratiesteun?", Query("top", years=(2023,), top_n=3, scope="reintegration")),
        ("hoeveel in maart 2014", "en in april?", Query("month", years=(2014,), month=4)),
        ("hoeveel in maart 2014", "en via dvz?", Query("month", years=(2014,), month=3)),
        ("hoeveel in 2023", "het jaar ervoor?", Query("total", years=(2022,))),
        ("hoeveel per maand in 2014", "en in 2013?", Query("months", years=(2013,))),
        ("evolutie sinds 2019", "en in 2014?", Query("total", years=(2014,))),
    ],
)
def test_followups_change_only_what_they_name(first: str, followup: str, expected: Query) -> None:
    previous = query(first)
    assert merge_followup(DATASET, previous, parse_question(followup, today=TODAY)) == expected


def test_a_reception_followup_with_another_country_reads_the_same_table() -> None:
    previous = query("hoeveel mensen uit Afghanistan werden opgevangen in 2023")
    follow = query("en uit Syrië?", previous)
    assert follow.kind == "reception" and follow.reception == "received_syria"


def test_a_full_question_stands_alone() -> None:
    previous = query("hoeveel Brazilianen in 2023")
    assert query("Hoeveel mensen keerden terug in 2014?", previous) == Query("total", years=(2014,))


def test_the_slot_check_knows_the_kinds_the_vocabulary_and_the_dataset() -> None:
    check = slot_check(DATASET)
    assert check.kinds == frozenset(registry()) and "months" in check.kinds
    assert "Marokko" in check.countries and "rejected" in check.profiles
    assert "capacity_total" in check.reception_keys
    assert check.subjects == {"country", "month", "dublin", "dvz", "reintegration"}
