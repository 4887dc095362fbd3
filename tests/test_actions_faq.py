"""FAQ actions with real Trackers and a CollectingDispatcher."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.faq import ActionAnswerEntitlement, ActionAnswerFaq, ActionHandleFallback
from tests.conftest import TrackerFactory


def _selector(key: str, confidence: float) -> dict[str, Any]:
    return {"faq": {"response": {"intent_response_key": key, "confidence": confidence}}}


def _responses(dispatcher: CollectingDispatcher) -> list[str]:
    return [message["response"] for message in dispatcher.messages]


def _bot(response: str) -> dict[str, Any]:
    return {"event": "bot", "text": "…", "metadata": {"utter_action": response}}


def _user(text: str) -> dict[str, Any]:
    return {"event": "user", "text": text, "parse_data": {}}


async def test_answers_the_selected_topic(tracker_for: TrackerFactory, dispatcher: CollectingDispatcher) -> None:
    tracker = tracker_for("mag ik veel bagage meenemen", "faq", response_selector=_selector("faq/luggage", 0.91))
    events = await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert _responses(dispatcher) == ["utter_faq/luggage"]
    assert events == [SlotSet("faq_topic", "luggage")]


async def test_button_payload_wins_over_selector(tracker_for: TrackerFactory, dispatcher: CollectingDispatcher) -> None:
    tracker = tracker_for(
        '/faq{"topic": "contact"}', "faq", entities=[{"entity": "topic", "value": "contact"}]
    )
    events = await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert _responses(dispatcher) == ["utter_faq/contact"]
    assert events == [SlotSet("faq_topic", "contact")]


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ([], "utter_ask_rephrase"),
        ([_user("hoi"), _bot("utter_greet")], "utter_ask_rephrase"),
        ([_user("xyz"), _bot("utter_ask_rephrase")], "utter_fallback_contact"),
    ],
)
async def test_uncertain_selector_falls_back(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, history: list[dict[str, Any]], expected: str
) -> None:
    tracker = tracker_for("blabla", "faq", events=history, response_selector=_selector("faq/luggage", 0.2))
    events = await ActionAnswerFaq().run(dispatcher, tracker, {})
    assert _responses(dispatcher) == [expected]
    assert events == []


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ([], "utter_ask_rephrase"),
        ([_user("wat is ..."), _bot("utter_faq/what_is")], "utter_ask_rephrase"),
        ([_user("qwerty"), _bot("utter_ask_rephrase")], "utter_fallback_contact"),
        ([_user("qwerty"), _bot("utter_fallback_contact")], "utter_fallback_contact"),
        # A miss two turns ago does not count: only a miss right before.
        ([_user("qwerty"), _bot("utter_ask_rephrase"), _user("hallo"), _bot("utter_greet")], "utter_ask_rephrase"),
    ],
)
async def test_fallback_is_two_stage(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, history: list[dict[str, Any]], expected: str
) -> None:
    tracker = tracker_for("asdf", "nlu_fallback", events=history)
    assert await ActionHandleFallback().run(dispatcher, tracker, {}) == []
    assert _responses(dispatcher) == [expected]


@pytest.mark.parametrize(
    ("previous_topic", "expected"),
    [("reintegration_support", "reintegration_entitled"), (None, "eligibility")],
)
async def test_entitlement_follow_up(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, previous_topic: str | None, expected: str
) -> None:
    tracker = tracker_for("wie heeft daar recht op?", "ask_entitlement", slots={"faq_topic": previous_topic})
    events = await ActionAnswerEntitlement().run(dispatcher, tracker, {})
    assert _responses(dispatcher) == [f"utter_faq/{expected}"]
    assert events == [SlotSet("faq_topic", expected)]


def test_action_names_are_in_the_domain(domain: dict[str, Any]) -> None:
    for action in (ActionAnswerFaq(), ActionAnswerEntitlement(), ActionHandleFallback()):
        assert action.name() in domain["actions"]
