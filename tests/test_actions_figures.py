"""action_answer_figure with real Trackers and a CollectingDispatcher, and its responses in domain.yml."""

from __future__ import annotations

import string
from typing import Any

import pytest
import yaml
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

import actions.figures
from actions.figures import ActionAnswerFigure
from bot.figures.answer import RESPONSES
from bot.figures.query import SLOT_NAMES
from tests.conftest import TrackerFactory
from tests.figures_support import ROOT, TODAY


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
    assert "2.952" in shown and slots["figure_years"] == ["2023"]


async def test_the_action_sets_every_figure_slot(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    _, _, slots = await run(tracker_for, dispatcher, domain, "hoeveel Syriërs in 2025?")
    assert set(slots) == set(SLOT_NAMES)
    assert (
        slots["figure_kind"] == "country" and slots["figure_country"] == "Syrië" and slots["figure_years"] == ["2025"]
    )


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
    slots = {"figure_kind": "country", "figure_years": ["twintig"], "figure_country": "Brazilië"}
    name, shown, _ = await run(tracker_for, dispatcher, domain, "en in 2022?", slots=slots)
    assert name == "utter_figure_total" and "2.673" in shown


async def test_entity_surface_forms_are_normalised(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    entities = [{"entity": "country", "value": "Roemeense"}, {"entity": "year", "value": "2014"}]
    _, shown, slots = await run(
        tracker_for, dispatcher, domain, "hoeveel Roemeense terugkeerders 2014", entities=entities
    )
    assert "573" in shown and slots["figure_country"] == "Roemenië"


@pytest.mark.parametrize("text", ["en mijn broer?", "en daarna?", "?"])
async def test_a_message_that_is_no_figure_question_gets_a_request_to_rephrase(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any], text: str
) -> None:
    slots = {"figure_kind": "total", "figure_years": ["2023"]}
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
    assert {"year", "month", "country", "profile", "figure_type"} <= set(domain["entities"])
    assert set(SLOT_NAMES) <= set(domain["slots"])
    for name in SLOT_NAMES:
        assert domain["slots"][name]["influence_conversation"] is False
    assert "action_answer_figure" in domain["actions"]


def test_the_rules_send_both_intents_to_the_action() -> None:
    rules = yaml.safe_load((ROOT / "data" / "rules" / "figures.yml").read_text(encoding="utf-8"))["rules"]
    pairs = {(r["steps"][0]["intent"], r["steps"][1]["action"]) for r in rules}
    assert pairs == {("ask_figure", "action_answer_figure")}
