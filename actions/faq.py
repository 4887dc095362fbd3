"""FAQ actions: answer from the ResponseSelector or a button, follow-ups, two-stage fallback."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import faq


def _selector_result(tracker: Tracker) -> tuple[str | None, float]:
    """Full retrieval intent (``faq/<topic>``) and confidence chosen by the ResponseSelector."""
    selector = tracker.latest_message.get("response_selector", {})
    result = selector.get("faq") or selector.get("default") or {}
    response = result.get("response", {})
    return response.get("intent_response_key"), float(response.get("confidence") or 0.0)


def _previous_response(tracker: Tracker) -> str | None:
    """Name of the last response the bot gave before the latest user message."""
    events = list(tracker.events)
    if events and events[-1].get("event") == "user":
        events.pop()
    for event in reversed(events):
        if event.get("event") == "user":
            return None
        if event.get("event") == "bot":
            return (event.get("metadata") or {}).get("utter_action")
    return None


def utter_fallback(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Ask to rephrase, or give the contact details after a miss in a row."""
    dispatcher.utter_message(response=faq.fallback_response(_previous_response(tracker)))


class ActionAnswerFaq(Action):
    """Answer an FAQ question, or hand over to the fallback when the answer is uncertain."""

    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        topic = faq.selected_topic(list(tracker.get_latest_entity_values("topic")))
        if topic is None:
            topic = faq.decide_faq(*_selector_result(tracker))
            if topic is None:
                utter_fallback(dispatcher, tracker)
                return []
        dispatcher.utter_message(response=faq.response_name(topic))
        return [SlotSet("faq_topic", topic)]


class ActionAnswerEntitlement(Action):
    """Answer "wie heeft daar recht op?" from the topic answered just before."""

    def name(self) -> str:
        return "action_answer_entitlement"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        topic = faq.entitlement_topic(tracker.get_slot("faq_topic"))
        dispatcher.utter_message(response=faq.response_name(topic))
        return [SlotSet("faq_topic", topic)]


class ActionHandleFallback(Action):
    """First miss: ask to rephrase with topic buttons. A second miss in a row: contact details."""

    def name(self) -> str:
        return "action_handle_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        utter_fallback(dispatcher, tracker)
        return []
