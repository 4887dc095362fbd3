"""FAQ actions with real Trackers and a CollectingDispatcher."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.faq import ActionAnswerEntitlement, ActionAnswerTopic, ActionSuggestTopics
from bot import faq
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
    for action in (ActionAnswerTopic(), ActionAnswerEntitlement(), ActionSuggestTopics()):
        assert action.name() in domain["actions"]


def _selector(*ranking: tuple[str, float]) -> dict[str, Any]:
    return {"faq": {"ranking": [{"intent_response_key": key, "confidence": c} for key, c in ranking]}}


async def test_first_miss_offers_the_three_most_likely_topics_and_something_else(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = tracker_for(
        "wie zorgt dat ik thuis kom",
        "nlu_fallback",
        confidence=0.3,
        response_selector=_selector(
            ("faq/trip_organisation", 0.31), ("faq/departure", 0.22), ("faq/iom", 0.12), ("faq/luggage", 0.05)
        ),
    )
    assert await ActionSuggestTopics().run(dispatcher, tracker, domain) == []
    [message] = dispatcher.messages
    assert message["response"] == "utter_suggest_topics"
    assert "utter_suggest_topics" in domain["responses"]
    assert [b["payload"] for b in message["buttons"]] == [
        '/faq{"topic": "trip_organisation"}',
        '/faq{"topic": "departure"}',
        '/faq{"topic": "iom"}',
        "/deny_suggestions",
    ]
    assert [b["title"] for b in message["buttons"]][:3] == [
        faq.topic_by_key(k).label for k in ("trip_organisation", "departure", "iom")
    ]


async def test_without_any_likely_topic_the_bot_asks_to_rephrase(
    tracker_for: TrackerFactory, dispatcher: CollectingDispatcher, domain: dict[str, Any]
) -> None:
    tracker = tracker_for("blablabla", "nlu_fallback", confidence=0.2, response_selector=_selector())
    assert await ActionSuggestTopics().run(dispatcher, tracker, domain) == []
    assert _responses(dispatcher) == ["utter_ask_rephrase"]
