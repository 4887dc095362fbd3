"""FAQ actions with real Trackers and a CollectingDispatcher."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.faq import ActionAnswerEntitlement, ActionAnswerTopic
from tests.conftest import TrackerFactory


def _responses(dispatcher: CollectingDispatcher) -> list[str]:
    return [message["response"] for message in dispatcher.messages]


def _bot(response: str) -> dict[str, Any]:
    return {"event": "bot", "text": "…", "metadata": {"utter_action": response}}


def _user(text: str) -> dict[str, Any]:
    return {"event": "user", "text": text, "parse_data": {}}


@pytest.mark.parametrize(
    ("slot", "expected"),
    [("contact", "utter_faq/contact"), ("departure", "utter_faq/departure"), ("nonsense", "utter_ask_rephrase")],
)
async def test_topic_button_answers_that_topic_and_clears_the_slot(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, slot: str, expected: str
) -> None:
    tracker = tracker_for(
        f'/faq{{"topic": "{slot}"}}', "faq", entities=[{"entity": "topic", "value": slot}], slots={"topic": slot}
    )
    events = await ActionAnswerTopic().run(dispatcher, tracker, {})
    assert _responses(dispatcher) == [expected]
    assert events == [SlotSet("topic", None)]


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ([_user("wat is re-integratiesteun"), _bot("utter_faq/reintegration_support")], "reintegration_entitled"),
        ([_user("opvang?"), _bot("utter_faq/reception_before_return")], "reception_before_return"),
        # The latest FAQ answer counts, not an older one or small talk after it.
        (
            [_bot("utter_faq/reintegration_support"), _bot("utter_faq/departure"), _bot("utter_thank")],
            "premium_amount",
        ),
        ([_user("hallo"), _bot("utter_greet")], "eligibility"),
        ([], "eligibility"),
    ],
)
async def test_entitlement_follow_up_uses_the_last_answer(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, history: list[dict[str, Any]], expected: str
) -> None:
    tracker = tracker_for("wie heeft daar recht op?", "ask_entitlement", events=history)
    assert await ActionAnswerEntitlement().run(dispatcher, tracker, {}) == []
    assert _responses(dispatcher) == [f"utter_faq/{expected}"]


def test_action_names_are_in_the_domain(domain: dict[str, Any]) -> None:
    for action in (ActionAnswerTopic(), ActionAnswerEntitlement()):
        assert action.name() in domain["actions"]
