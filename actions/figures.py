"""Figure actions: answer a question about the yearly figures, keeping context for follow-ups."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.figures.answer import reply_to
from bot.figures.data import Dataset, load_dataset
from bot.figures.query import SLOT_NAMES, Query

# A message routed here that names nothing a figure question is about: ask to rephrase, as the
# fallback rules do (data/rules/dialogue.yml).
REPHRASE = "utter_ask_rephrase"


def today() -> date:
    """Today's date, for "vorig jaar" and "dit jaar" (tests replace it)."""
    return date.today()


@lru_cache(maxsize=1)
def dataset() -> Dataset:
    """The figures, read once on first use."""
    return load_dataset()


class ActionAnswerFigure(Action):
    """Answer a figure question (or a follow-up on the previous one) and keep it in slots."""

    def name(self) -> str:
        return "action_answer_figure"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        message = tracker.latest_message
        previous = Query.from_slots({name: tracker.get_slot(name) for name in SLOT_NAMES})
        reply = reply_to(
            dataset(), message.get("text") or "", message.get("entities") or [], today=today(), previous=previous
        )
        if reply.response is None or reply.query is None:  # not a figure question after all
            return [FollowupAction(REPHRASE)]
        dispatcher.utter_message(response=reply.response, **reply.values)
        return [SlotSet(name, value) for name, value in reply.query.to_slots().items()]
