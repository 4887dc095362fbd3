"""Figure actions: answer a question about the yearly figures, keeping context for follow-ups."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.faq import bot_responses
from bot import faq
from bot.figures.context import conversation_country, previous_for_followup
from bot.figures.data import Dataset, load_dataset
from bot.figures.reply import previous_query, replies_to

# A message routed here that names nothing a figure question is about: ask to rephrase, as the
# fallback rules do (data/rules/dialogue.yml).
REPHRASE = "utter_ask_rephrase"
# After an intake card, a question taken for a figure question that is none ("en welke documenten
# heeft ze nodig?") is read as a follow-up about that client (actions/intake.py).
INTAKE_FOLLOWUP = "action_answer_intake_followup"
# The previous figure question (bot.figures.model.Query.to_slot), for follow-ups.
QUERY_SLOT = "figure_query"


def user_texts(tracker: Tracker) -> list[str]:
    """The texts of the user's messages in this conversation, oldest first (the latest included)."""
    return [str(e.get("text")) for e in tracker.events if e.get("event") == "user" and isinstance(e.get("text"), str)]


def today() -> date:
    """Today's date, for "vorig jaar" and "dit jaar" (tests replace it)."""
    return date.today()


@lru_cache(maxsize=1)
def dataset() -> Dataset:
    """The figures, read once on first use."""
    return load_dataset()


class ActionAnswerFigure(Action):
    """Answer a figure question (or a follow-up on the previous answer) and keep it in the query slot.

    A follow-up builds on the answer given last: a figure answer (the query slot) or an FAQ answer
    about figures (bot.figures.context). A message that asks several figures gets one answer per
    part. A message that asks no figure is answered as a follow-up on the FAQ answer before it
    (bot.faq.followup_topic), else gets the rephrase request. What the tracker holds is checked
    before use: a text that is no string counts as empty, NLU entities that are no list of mappings
    are left out, and a slot value that is no valid query (a crafted one, or an older format)
    counts as no previous question.
    """

    def name(self) -> str:
        return "action_answer_figure"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        message = tracker.latest_message if isinstance(tracker.latest_message, dict) else {}
        text = message.get("text")
        entities = message.get("entities")
        said = bot_responses(tracker)
        last_figures = previous_query(dataset(), tracker.get_slot(QUERY_SLOT))
        text = text if isinstance(text, str) else ""
        entities = [e for e in entities if isinstance(e, dict)] if isinstance(entities, list) else []
        country = conversation_country(text, user_texts(tracker)[:-1])
        if country is not None:  # "hoeveel keerden er naar dat land terug?" after "... naar Georgië"
            entities.append({"entity": "country", "value": country})
        replies = replies_to(
            dataset(),
            text,
            entities,
            today=today(),
            previous=previous_for_followup(said, last_figures),
        )
        answered = [reply for reply in replies if reply.response is not None and reply.query is not None]
        if not answered:  # not a figure question after all: an FAQ follow-up, else rephrase
            topic = faq.followup_topic(message, said)
            if topic is not None:
                dispatcher.utter_message(response=faq.response_name(topic))
                return []
            return [FollowupAction(INTAKE_FOLLOWUP if tracker.get_slot("intake_done") is True else REPHRASE)]
        for reply in answered:
            dispatcher.utter_message(response=reply.response, **reply.values)
        last = answered[-1].query
        return [SlotSet(QUERY_SLOT, last.to_slot() if last is not None else None)]
