"""bot/figures/reply.py: the one entry point (reply_to), the previous query from the slot, every response."""

from __future__ import annotations

from bot.figures.model import Query
from bot.figures.reply import answer, previous_query, reply_to, responses
from tests.figures_support import DATASET, TODAY


def test_reply_to_answers_and_keeps_the_query() -> None:
    reply = reply_to(DATASET, "hoeveel in 2023?", today=TODAY)
    assert reply.response == "utter_figure_total" and reply.query == Query("total", years=(2023,))
    follow = reply_to(DATASET, "en in 2022?", today=TODAY, previous=previous_query(DATASET, reply.query.to_slot()))
    assert follow.query == Query("total", years=(2022,)) and follow.values["value"] == "2.673"


def test_no_figure_question_gets_no_response_and_keeps_the_previous_query() -> None:
    previous = Query("total", years=(2023,))
    reply = reply_to(DATASET, "en mijn broer?", today=TODAY, previous=previous)
    assert reply.response is None and reply.query == previous


def test_answer_dispatches_on_the_kind() -> None:
    assert answer(DATASET, Query("months", years=(2013,))).response == "utter_figure_months"
    assert answer(DATASET, Query("reception")).response == "utter_figure_reception_overview"


def test_responses_lists_every_response_once_with_its_values() -> None:
    found = responses()
    assert "utter_figure_months" in found and found["utter_figure_total"] == ("period", "value", "source")
    assert previous_query(DATASET, None) is None
