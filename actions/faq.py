"""FAQ actions: answers chosen with a topic button, the "who is entitled to that?" follow-up and "Bedoel je...?".

Typed FAQ questions are answered by Rasa's own `utter_faq` (see data/rules/dialogue.yml).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import faq


def bot_responses(tracker: Tracker) -> list[str]:
    """Names of the responses the bot gave in this conversation, oldest first."""
    return [
        (event.get("metadata") or {}).get("utter_action", "")
        for event in tracker.events
        if event.get("event") == "bot"
    ]


class ActionAnswerTopic(Action):
    """Answer the topic a quick-reply button asked for (`/faq{"topic": "<key>"}`)."""

    def name(self) -> str:
        return "action_answer_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        topic = faq.selected_topic([tracker.get_slot("topic") or ""])
        if topic is None:
            dispatcher.utter_message(response="utter_ask_rephrase")
        else:
            dispatcher.utter_message(response=faq.response_name(topic))
        return [SlotSet("topic", None)]


class ActionAnswerEntitlement(Action):
    """Answer "wie heeft daar recht op?" from the topic answered last."""

    def name(self) -> str:
        return "action_answer_entitlement"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        topic = faq.entitlement_topic(faq.last_answered_topic(bot_responses(tracker)))
        dispatcher.utter_message(response=faq.response_name(topic))
        return []


class ActionSuggestTopics(Action):
    """First miss: offer the most likely topics as buttons ("Bedoel je...?"), plus "Iets anders"."""

    def name(self) -> str:
        return "action_suggest_topics"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        keys = faq.suggest_topics(faq.topic_ranking(tracker.latest_message or {}))
        if keys:
            dispatcher.utter_message(response="utter_suggest_topics", buttons=faq.suggestion_buttons(keys))
        else:
            dispatcher.utter_message(response="utter_ask_rephrase")
        return []
