"""Intake actions (issue 12): the form's slot validation, the card and the follow-up answers.

Thin: the text is read with bot/intake/ (parse, dialogue, card, followup); every sentence the
user sees is a domain.yml response.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from bot.intake import card as cards
from bot.intake import client as c
from bot.intake.client import Client
from bot.intake.dialogue import STOPPED, intake_step, question_for, reset_values
from bot.intake.followup import followup_changes, followup_line, is_intake_done
from bot.intake.sources import Dataset, load_figures

FOLLOWUP_UNKNOWN = "utter_intake_followup_unknown"
# What the rules would have said without a card (data/rules/dialogue.yml).
NOT_ON_THE_CARD = {
    "out_of_scope": "utter_out_of_scope",
    "nlu_fallback": "utter_ask_rephrase",
    "ask_figure": "utter_ask_rephrase",  # handed over by action_answer_figure (actions/figures.py)
}


@lru_cache(maxsize=1)
def dataset() -> Dataset:
    """The figures, read once on first use."""
    return load_figures()


def _client(tracker: Tracker) -> Client:
    return Client.from_slots({name: tracker.get_slot(name) for name in c.ALL_SLOTS})


def _faq_topic(tracker: Tracker) -> str | None:
    """The FAQ topic the ResponseSelector chose for the latest message ("travel_documents"), if any."""
    selector = (tracker.latest_message.get("response_selector") or {}).get("faq") or {}
    key = (selector.get("response") or {}).get("intent_response_key") or ""
    return key.split("/", 1)[1] if key.startswith("faq/") else None


class ValidateIntakeForm(FormValidationAction):
    """Read every message of the intake form with bot/intake/dialogue.py (all slots at once)."""

    def name(self) -> str:
        return "validate_intake_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        step = intake_step(
            tracker.latest_message.get("text") or "", tracker.get_slot("requested_slot"), _client(tracker)
        )
        for response in step.responses:
            dispatcher.utter_message(response=response)
        events: list[EventType] = [SlotSet(name, value) for name, value in step.values.items()]
        # A message that fills nothing must still count, or Rasa rejects the form and leaves it.
        events.append(SlotSet("intake_turns", float(tracker.get_slot("intake_turns") or 0) + 1))
        if step.stop:
            events.append(SlotSet("requested_slot", None))  # ends the form; the card action sees it stopped
        return events


class ActionStartIntake(Action):
    """A new client: clear what the previous intake filled in."""

    def name(self) -> str:
        return "action_start_intake"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return [SlotSet(name, value) for name, value in reset_values().items()]


class ActionAskIntakeVulnerabilities(Action):
    """The form's question for the vulnerabilities: together with the documents while both are open."""

    def name(self) -> str:
        return "action_ask_intake_vulnerabilities"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(response=question_for(c.SLOT_VULNERABILITIES, _client(tracker)))
        return []


class ActionShowIntakeCard(Action):
    """The form ended: the card when every question is answered (or skipped), else the user stopped."""

    def name(self) -> str:
        return "action_show_intake_card"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        client = _client(tracker)
        if client.missing():
            dispatcher.utter_message(response=STOPPED)
            return [SlotSet(name, value) for name, value in reset_values().items()]
        card = cards.build_card(client, dataset())
        values = cards.card_values(card, cards.templates_from_domain(domain))
        dispatcher.utter_message(response=cards.CARD_RESPONSE, **values)
        return [SlotSet("intake_done", True)]


class ActionAnswerIntakeFollowup(Action):
    """A question after the card, answered with that client's line of the card."""

    def name(self) -> str:
        return "action_answer_intake_followup"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        slots = {name: tracker.get_slot(name) for name in (*c.ALL_SLOTS, "intake_done")}
        # "en als hij geen paspoort heeft?": the question changes the client first.
        changes = followup_changes(text, _client(tracker))
        client = Client.from_slots({**slots, **changes})
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        topic = _faq_topic(tracker) if intent == "faq" else None
        kind = followup_line(text, topic) if is_intake_done(slots) else None
        events: list[EventType] = [SlotSet(name, value) for name, value in changes.items()]
        if changes and kind is None and is_intake_done(slots):
            card = cards.build_card(client, dataset())
            dispatcher.utter_message(
                response=cards.CARD_RESPONSE, **cards.card_values(card, cards.templates_from_domain(domain))
            )
            return events
        if kind is None:
            if topic is not None:  # not about the card: the FAQ answer itself
                dispatcher.utter_message(response=f"utter_faq/{topic}")
            else:
                dispatcher.utter_message(response=NOT_ON_THE_CARD.get(intent or "", FOLLOWUP_UNKNOWN))
            return events
        card = cards.build_card(client, dataset())
        templates = cards.templates_from_domain(domain)
        dispatcher.utter_message(
            response=cards.FOLLOWUP_RESPONSE,
            summary=cards.render_value(card.summary, templates),
            line=cards.render_line(card.line(kind), templates),
        )
        return events
