"""The entry points of the figures core: a message (and the previous query) -> `Reply` objects.

    replies = replies_to(dataset, text, entities, today=date.today(), previous=previous_query(...))

actions/figures.py calls `replies_to` (one reply per figure the message asks) and `previous_query`;
the last reply's `query.to_slot()` is kept for the next turn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from bot.figures.data import Dataset
from bot.figures.kinds import registry
from bot.figures.model import Query, Reply
from bot.figures.parse import Question, parse_question
from bot.figures.parts import entities_in, new_figures, split_parts
from bot.figures.query import build_query, slot_check
from bot.figures.render import SHARED_RESPONSES


def responses() -> dict[str, tuple[str, ...]]:
    """Every response a figure answer can use, with the values it needs (tests check domain.yml)."""
    found = dict(SHARED_RESPONSES)
    for kind in registry().values():
        found.update(kind.responses)
    return found


def answer(dataset: Dataset, query: Query) -> Reply:
    """The reply to a query."""
    return registry()[query.kind].answer(dataset, query)


def previous_query(dataset: Dataset, slot_value: object) -> Query | None:
    """The query kept in the `figure_query` slot, or None (none yet, or not valid)."""
    return Query.from_slot(slot_value, slot_check(dataset))


def reply_to(
    dataset: Dataset,
    text: str,
    entities: Iterable[Mapping[str, Any]] = (),
    today: date | None = None,
    previous: Query | None = None,
) -> Reply:
    """Read a question (with NLU entities and the previous query) and answer it.

    A message without anything a figure question names ("en mijn broer?") gets no answer here:
    `Reply.response` is None and the caller hands it to the fallback.
    """
    question = parse_question(text, entities, today or date.today())
    if not question.asks_figure:
        return Reply(None, {}, previous)
    return answer(dataset, build_query(dataset, question, previous))


def replies_to(
    dataset: Dataset,
    text: str,
    entities: Iterable[Mapping[str, Any]] = (),
    today: date | None = None,
    previous: Query | None = None,
) -> list[Reply]:
    """Like `reply_to`, for a message that may ask several figures ("hoeveel Fedasil en hoeveel DVZ").

    Each part is answered in turn (an elliptical part as a follow-up on the part before it); a
    part naming no year takes the year another part names ("... in 2014 en hoeveel DVZ"). A part
    whose figures were all given already is left out. When a part asks no figure, the message is
    answered as a whole.
    """
    entities = list(entities)
    parts = split_parts(text)
    if len(parts) == 1:
        return [reply_to(dataset, text, entities, today, previous)]
    day = today or date.today()
    questions = [parse_question(part, entities_in(part, entities), day) for part in parts]
    if not all(question.asks_figure for question in questions):
        return [reply_to(dataset, text, entities, today, previous)]
    named = next((q.years for q in questions if q.years), ())
    replies: list[Reply] = []
    last = previous
    for question in questions:
        reply = answer(dataset, build_query(dataset, _with_years(question, named), last))
        if reply.response is not None and (not replies or new_figures(reply, replies)):
            replies.append(reply)
        last = reply.query or last
    return replies or [reply_to(dataset, text, entities, today, previous)]


def _with_years(question: Question, years: tuple[int, ...]) -> Question:
    if question.years or question.year_range or question.year_shift or not years:
        return question
    return replace(question, years=years)
