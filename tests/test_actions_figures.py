"""action_answer_figure with real Trackers and a CollectingDispatcher, and its responses in domain.yml."""

from __future__ import annotations

import string
from typing import Any

import pytest
import yaml
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

import actions.figures
from actions.figures import QUERY_SLOT, ActionAnswerFigure
from bot.figures.reply import responses
from tests.conftest import TrackerFactory
from tests.figures_support import ROOT, TODAY

RESPONSES = responses()


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The action reads today's date for "vorig jaar"; the tests fix it on 2026-11-23."""
    monkeypatch.setattr(actions.figures, "today", lambda: TODAY)


async def run(
    tracker_for: TrackerFactory,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    text: str,
    intent: str = "ask_figure",
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
) -> tuple[str, str, dict[str, Any]]:
    """Run the action on one message; return the response name, the rendered text and the slots set."""
    tracker = tracker_for(text, intent, entities=entities or [], slots=slots or {})
    events = await ActionAnswerFigure().run(dispatcher, tracker, domain)
    assert len(dispatcher.messages) == 1
    message = dispatcher.messages[0]
    values = {k: message[k] for k in RESPONSES[message["response"]]}
    text_shown = domain["responses"][message["response"]][0]["text"].format(**values)
    assert all(e["event"] == "slot" for e in events)
    return message["response"], text_shown, {e["name"]: e["value"] for e in events}


@pytest.mark.parametrize(
    ("text", "entities", "response", "numbers"),
    [
        (
            "Hoeveel mensen keerden vrijwillig terug in 2023?",
            [{"entity": "year", "value": "2023"}],
            "utter_figure_total",
            ["2.952"],
        ),
        (
            "hoeveel brazilianen in 2023",
            [{"entity": "country", "value": "Brazilië"}, {"entity": "year", "value": "2023"}],
            "utter_figure_country_with_reintegration",
            ["996", "574"],
        ),
        (
            "hoeveel in oktober 2014 via dvz",
            [{"entity": "month", "value": "oktober"}],
            "utter_figure_month",
            ["319", "280", "39"],
        ),
        ("top 5 landen 2014", [{"entity": "figure_type", "value": "top"}], "utter_figure_top", ["573", "163"]),
        (
            "hoeveel procent uitgeprocedeerd in 2025",
            [{"entity": "profile", "value": "uitgeprocedeerd"}],
            "utter_figure_profile_one",
            ["28,7%"],
        ),
        ("hoeveel opvangplaatsen eind 2023", [], "utter_figure_reception", ["35.651"]),
    ],
)
async def test_found(
    tracker_for: TrackerFactory,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    text: str,
    entities: list[dict[str, Any]],
    response: str,
    numbers: list[str],
) -> None:
    name, shown, _ = await run(tracker_for, dispatcher, domain, text, entities=entities)
    assert name == response
    for number in numbers:
        assert number in shown
    assert "Bron: Fedasil" in shown


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("hoeveel mensen keerden terug in 2003", "utter_figure_year_unknown"),
        ("hoeveel dit jaar?", "utter_figure_year_unknown"),
        ("hoeveel in november 2025", "utter_figure_not_available"),
        ("hoeveel mensen gingen terug naar Japan", "utter_figure_country_unknown"),
        ("hoeveel naar Albanië in 2023", "utter_figure_country_in_other"),
        ("hoeveel opvangplaatsen in 2019", "utter_figure_reception_not_available"),
    ],
)
async def test_not_found_says_so_and_points_to_fedasil(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any], text: str, response: str
) -> None:
    name, shown, _ = await run(tracker_for, dispatcher, domain, text)
    assert name == response
    assert "www.fedasil.be" in shown


async def test_partial_year_is_named(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    name, shown, _ = await run(
        tracker_for,
        dispatcher,
        domain,
        "hoeveel terugkeerders vorig jaar?",
        entities=[{"entity": "year", "value": "vorig jaar"}],
    )
    assert name == "utter_figure_total_whole_and_partial"
    assert "In heel 2025 keerden 3.122 mensen" in shown
    assert "januari tot en met september 2025" in shown and "2.397" in shown
    assert "Tweede bron" in shown


async def test_relative_years_use_the_date_of_today(
    tracker_for: TrackerFactory,
    dispatcher: CollectingDispatcher,
    domain: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(actions.figures, "today", lambda: TODAY.replace(year=2024))
    _, shown, slots = await run(tracker_for, dispatcher, domain, "hoeveel vorig jaar?")
    assert "2.952" in shown and slots[QUERY_SLOT]["years"] == [2023]


async def test_the_action_sets_the_query_slot(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    _, _, slots = await run(tracker_for, dispatcher, domain, "hoeveel Syriërs in 2025?")
    assert slots == {QUERY_SLOT: {"kind": "country", "years": [2025], "country": "Syrië"}}


@pytest.mark.parametrize(
    ("first", "followup", "response", "number"),
    [
        ("Hoeveel mensen keerden terug naar Brazilië in 2023?", "en in 2014?", "utter_figure_country", "211"),
        (
            "Hoeveel mensen keerden terug naar Brazilië in 2023?",
            "en naar Mongolië?",
            "utter_figure_country_with_reintegration",
            "170",
        ),
        ("Hoeveel mensen keerden terug naar Brazilië in 2023?", "en de top 5?", "utter_figure_top", "Georgië (145)"),
        ("hoeveel in 2023?", "en in 2022?", "utter_figure_total", "2.673"),
        ("hoeveel in maart 2014?", "en in 2025?", "utter_figure_month", "270"),
        ("top 3 in 2023", "en met re-integratiesteun?", "utter_figure_top_reintegration", "574"),
        ("hoeveel kregen re-integratiesteun in 2023?", "en in 2022?", "utter_figure_reintegration", "73%"),
        ("hoeveel Brazilianen in 2023", "en in 2019?", "utter_figure_country_not_listed", "Georgië"),
    ],
)
async def test_followups_keep_the_context_through_slots(
    tracker_for: TrackerFactory, domain: dict[str, Any], first: str, followup: str, response: str, number: str
) -> None:
    dispatcher = CollectingDispatcher()
    _, _, slots = await run(tracker_for, dispatcher, domain, first)
    dispatcher = CollectingDispatcher()
    name, shown, _ = await run(tracker_for, dispatcher, domain, followup, slots=slots)
    assert name == response
    assert number in shown


async def test_a_followup_without_context_is_answered_on_its_own(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    name, shown, _ = await run(tracker_for, dispatcher, domain, "en in 2022?")
    assert name == "utter_figure_total" and "2.673" in shown


async def test_broken_slots_are_ignored(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    slots = {QUERY_SLOT: {"kind": "country", "years": ["twintig"], "country": "Brazilië"}}
    name, shown, _ = await run(tracker_for, dispatcher, domain, "en in 2022?", slots=slots)
    assert name == "utter_figure_total" and "2.673" in shown


CRAFTED_SLOTS: list[object] = [
    {"kind": "month", "years": [2014], "month": 999},
    {"kind": "month", "years": [2014], "month": "999"},
    {"kind": "month", "years": [2014], "month": 0},
    {"kind": "total", "years": [99999]},
    {"kind": "total", "years": [[2014]]},
    {"kind": "total", "years": "2014"},
    {"kind": "total", "years": [True]},
    {"kind": "total", "year_range": [2020, 2015]},
    {"kind": "country", "country": "Atlantis"},
    {"kind": "country", "country": ["Marokko"]},
    {"kind": "top", "top_n": 10**9},
    {"kind": "reception", "reception": "no_such_fact"},
    {"kind": "compare", "subject": "everything"},
    {"kind": "nonsense"},
    {"kind": "total", "extra": 1},
    {"kind": {"nested": {"kind": "total"}}},
    ["total", 2014],
    "kind:total",
    12,
]


@pytest.mark.parametrize("crafted", CRAFTED_SLOTS, ids=[repr(c)[:40] for c in CRAFTED_SLOTS])
async def test_a_crafted_query_slot_is_no_previous_question(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any], crafted: object
) -> None:
    """No exception, the crafted value never comes back in the slot, the message is answered on its own."""
    name, shown, slots = await run(tracker_for, dispatcher, domain, "en in 2022?", slots={QUERY_SLOT: crafted})
    assert name == "utter_figure_total" and "2.673" in shown
    assert slots == {QUERY_SLOT: {"kind": "total", "years": [2022]}}


@pytest.mark.parametrize("crafted", CRAFTED_SLOTS[:6], ids=[repr(c)[:40] for c in CRAFTED_SLOTS[:6]])
async def test_a_crafted_slot_with_no_figure_question_sets_no_slot(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any], crafted: object
) -> None:
    tracker = tracker_for("en mijn broer?", "ask_figure", slots={QUERY_SLOT: crafted})
    events = await ActionAnswerFigure().run(dispatcher, tracker, domain)
    assert events == [FollowupAction("utter_ask_rephrase")] and dispatcher.messages == []


@pytest.mark.parametrize(
    "entities",
    [
        [{"entity": "month", "value": "999"}, {"entity": "year", "value": "2023"}],
        [{"entity": "month", "value": "0"}],
        [{"entity": "year", "value": "99999"}],
        [{"entity": "year", "value": 99999}],
        [{"entity": "country", "value": "Atlantis"}],
        [{"entity": "country", "value": [["Marokko"]]}],
        [{"entity": ["month"], "value": {"x": 1}}],
        ["month", 3, None],
        "year",
        {"entity": "year", "value": "2014"},
    ],
)
async def test_wrong_entities_never_crash_and_never_reach_the_slot(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any], entities: Any
) -> None:
    tracker = tracker_for("hoeveel mensen keerden terug in 2023?", "ask_figure")
    tracker.latest_message["entities"] = entities
    events = await ActionAnswerFigure().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_figure_total"]
    assert [(e["name"], e["value"]) for e in events] == [(QUERY_SLOT, {"kind": "total", "years": [2023]})]


async def test_a_text_that_is_no_string_is_no_question(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = tracker_for("x", "ask_figure")
    tracker.latest_message["text"] = {"text": "hoeveel in 2023"}
    events = await ActionAnswerFigure().run(dispatcher, tracker, domain)
    assert events == [FollowupAction("utter_ask_rephrase")] and dispatcher.messages == []


async def test_entity_surface_forms_are_normalised(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    entities = [{"entity": "country", "value": "Roemeense"}, {"entity": "year", "value": "2014"}]
    _, shown, slots = await run(
        tracker_for, dispatcher, domain, "hoeveel Roemeense terugkeerders 2014", entities=entities
    )
    assert "573" in shown and slots[QUERY_SLOT]["country"] == "Roemenië"


@pytest.mark.parametrize("text", ["en mijn broer?", "en daarna?", "?"])
async def test_a_message_that_is_no_figure_question_gets_a_request_to_rephrase(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any], text: str
) -> None:
    slots = {QUERY_SLOT: {"kind": "total", "years": [2023]}}
    tracker = tracker_for(text, "ask_figure", slots=slots)
    events = await ActionAnswerFigure().run(dispatcher, tracker, domain)
    assert dispatcher.messages == []
    assert events == [FollowupAction("utter_ask_rephrase")]
    assert "utter_ask_rephrase" in domain["responses"]


# ------------------------------------------------------------------------------ domain.yml


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("response", sorted(RESPONSES))
def test_every_response_the_action_can_utter_is_in_the_domain_with_its_placeholders(
    response: str, domain: dict[str, Any]
) -> None:
    assert response in domain["responses"], f"{response} missing in domain.yml"
    for variant in domain["responses"][response]:
        assert _placeholders(variant["text"]) == set(RESPONSES[response]), response


def test_every_figure_response_in_the_domain_can_be_uttered(domain: dict[str, Any]) -> None:
    figure_responses = {name for name in domain["responses"] if name.startswith("utter_figure_")}
    assert figure_responses == set(RESPONSES)


def test_the_domain_declares_the_figure_intents_entities_slots_and_action(domain: dict[str, Any]) -> None:
    assert "ask_figure" in domain["intents"]
    assert {"year", "month", "country"} <= set(domain["entities"])
    assert not {"profile", "figure_type"} & set(domain["entities"]), "DIET tags no entities: none of its own"
    figure_slots = [name for name in domain["slots"] if name.startswith("figure_")]
    assert figure_slots == [QUERY_SLOT]
    assert domain["slots"][QUERY_SLOT]["type"] == "any"
    assert domain["slots"][QUERY_SLOT]["influence_conversation"] is False
    assert "action_answer_figure" in domain["actions"]


def test_the_rules_send_both_intents_to_the_action() -> None:
    rules = yaml.safe_load((ROOT / "data" / "rules" / "figures.yml").read_text(encoding="utf-8"))["rules"]
    pairs = {(r["steps"][0]["intent"], r["steps"][1]["action"]) for r in rules}
    assert pairs == {("ask_figure", "action_answer_figure")}


async def test_after_an_intake_card_a_question_that_is_no_figure_question_goes_to_the_intake_followup(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = tracker_for("en welke documenten heeft ze nodig?", "ask_figure", slots={"intake_done": True})
    events = await ActionAnswerFigure().run(dispatcher, tracker, domain)
    assert events == [FollowupAction("action_answer_intake_followup")] and dispatcher.messages == []
    tracker = tracker_for("en welke documenten heeft ze nodig?", "ask_figure", slots={"intake_done": False})
    assert await ActionAnswerFigure().run(dispatcher, tracker, domain) == [FollowupAction("utter_ask_rephrase")]
