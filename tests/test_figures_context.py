"""Context across kinds (issue 11): follow-ups on FAQ answers about figures, "is dat meer dan ...?",
and questions that ask several figures. Pure logic (bot.figures.context, .parts, .reply) and the
action on real Trackers with the bot's earlier responses as events."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

import actions.figures
from actions.figures import QUERY_SLOT, ActionAnswerFigure
from bot.faq import TOPIC_KEYS
from bot.figures.context import FAQ_FIGURES, conversation_country, faq_figures, previous_for_followup
from bot.figures.model import Query
from bot.figures.parse import parse_question
from bot.figures.parts import split_parts
from bot.figures.query import slot_check
from bot.figures.reply import replies_to, reply_to
from tests.conftest import build_tracker
from tests.figures_support import DATASET, TODAY


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actions.figures, "today", lambda: TODAY)


def bot_event(response: str) -> dict[str, Any]:
    """A bot utterance as the tracker holds it (Rasa keeps the response name in the metadata)."""
    return {"event": "bot", "text": "...", "metadata": {"utter_action": response}}


async def answer(
    domain: dict[str, Any],
    text: str,
    responses: list[str],
    slots: dict[str, Any] | None = None,
    entities: list[dict[str, Any]] | None = None,
) -> tuple[list[str], dict[str, Any]]:
    """Run action_answer_figure after these bot responses; the texts shown and the slots set."""
    tracker = build_tracker(
        text, "ask_figure", entities=entities or [], slots=slots or {}, events=[bot_event(r) for r in responses]
    )
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerFigure().run(dispatcher, tracker, domain)
    shown = []
    for message in dispatcher.messages:
        template = domain["responses"][message["response"]][0]["text"]
        shown.append(template.format(**{k: v for k, v in message.items() if isinstance(v, str)}))
    return shown, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


# ------------------------------------------------------------------ which answer a follow-up builds on


def test_every_faq_topic_with_figures_is_a_real_topic_with_a_valid_query() -> None:
    check = slot_check(DATASET)
    for topic, query in FAQ_FIGURES.items():
        assert topic in TOPIC_KEYS
        assert Query.from_slot(query.to_slot(), check) == query


def test_the_answer_given_last_wins() -> None:
    figures = Query(kind="total", years=(2020,))
    assert previous_for_followup(["utter_figure_total", "utter_faq/dublin"], figures) == Query(
        kind="dublin", years=(2020,)
    )
    assert previous_for_followup(["utter_faq/dublin", "utter_figure_total"], figures) == figures


def test_faq_answers_without_figures_are_passed_over() -> None:
    figures = Query(kind="total", years=(2020,))
    assert previous_for_followup(["utter_figure_total", "utter_faq/iom", "utter_greet"], figures) == figures
    assert previous_for_followup(["utter_faq/iom"], None) is None
    assert previous_for_followup(["utter_faq/not_a_topic"], None) is None


def test_an_faq_answer_that_names_a_year_keeps_it() -> None:
    assert faq_figures("reintegration_support", Query(kind="total", years=(2014,))) == Query(
        kind="reintegration", years=(2023,)
    )
    assert faq_figures("luggage") is None


def test_pointing_back_is_read_from_the_words() -> None:
    assert parse_question("hoeveel mensen kregen dat in 2023?", today=TODAY).refers
    assert parse_question("en hoeveel kwamen daar nog bij?", today=TODAY).refers
    assert not parse_question("Hoeveel mensen keerden terug in 2023?", today=TODAY).refers


# ------------------------------------------------------------------ after an FAQ answer about figures


def test_after_the_reintegration_answer_dat_is_reintegration_support() -> None:
    previous = previous_for_followup(["utter_faq/reintegration_support"], None)
    reply = reply_to(DATASET, "hoeveel mensen kregen dat in 2023?", today=TODAY, previous=previous)
    assert reply.response == "utter_figure_reintegration"
    assert reply.values["value"] == "2.069" and reply.values["period"] == "2023"


def test_without_context_the_same_question_is_the_total() -> None:
    reply = reply_to(DATASET, "hoeveel mensen kregen dat in 2023?", today=TODAY)
    assert reply.response == "utter_figure_total" and reply.values["value"] == "2.952"


async def test_action_reintegration_followup(domain: dict[str, Any]) -> None:
    shown, slots = await answer(
        domain, "hoeveel mensen kregen dat in 2023?", ["utter_greet", "utter_faq/reintegration_support"]
    )
    assert len(shown) == 1 and "2.069" in shown[0] and "re-integratiesteun" in shown[0]
    assert "2.952" not in shown[0]
    assert slots[QUERY_SLOT] == {"kind": "reintegration", "years": [2023]}


async def test_action_dublin_followup_takes_the_year_asked_before(domain: dict[str, Any]) -> None:
    shown, _ = await answer(
        domain,
        "en hoeveel Dublinvertrekken kwamen daar nog bij?",
        ["utter_figure_total", "utter_faq/dublin"],
        slots={QUERY_SLOT: {"kind": "total", "years": [2023]}},
    )
    assert len(shown) == 1 and "155" in shown[0] and "Dublin" in shown[0]


async def test_action_dublin_followup_without_a_year_gives_the_years_there_are(domain: dict[str, Any]) -> None:
    shown, _ = await answer(domain, "en hoeveel Dublinvertrekken kwamen daar nog bij?", ["utter_faq/dublin"])
    assert len(shown) == 1 and all(n in shown[0] for n in ("114", "205", "155"))


async def test_action_dublin_year_without_a_figure_says_so(domain: dict[str, Any]) -> None:
    shown, _ = await answer(domain, "hoeveel waren dat in 2020?", ["utter_faq/dublin"])
    assert len(shown) == 1 and "2020" in shown[0] and "2013, 2017 en 2023" in shown[0]


async def test_action_open_return_places_followup(domain: dict[str, Any]) -> None:
    shown, _ = await answer(domain, "hoeveel zijn dat er?", ["utter_faq/open_return_places"])
    assert len(shown) == 1 and "360" in shown[0]


async def test_action_open_return_places_followup_with_die_plekken(domain: dict[str, Any]) -> None:
    shown, _ = await answer(domain, "en hoeveel van die plekken telt het netwerk?", ["utter_faq/open_return_places"])
    assert len(shown) == 1 and "360" in shown[0]


async def test_action_dublin_year_named_next_to_vorig_jaar(domain: dict[str, Any]) -> None:
    years = [{"entity": "year", "value": "vorig jaar"}, {"entity": "year", "value": "2024"}]  # as the NLU tags them
    shown, _ = await answer(
        domain, "en vorig jaar, dus in 2024, hoeveel waren dat?", ["utter_faq/dublin"], entities=years
    )
    assert len(shown) == 1 and "2024" in shown[0] and "2013, 2017 en 2023" in shown[0]
    assert "2025" not in shown[0]


async def test_a_figure_answer_after_the_faq_answer_wins(domain: dict[str, Any]) -> None:
    shown, _ = await answer(
        domain,
        "en in 2022?",
        ["utter_faq/reintegration_support", "utter_figure_total"],
        slots={QUERY_SLOT: {"kind": "total", "years": [2023]}},
    )
    assert len(shown) == 1 and "2.673" in shown[0]


# ------------------------------------------------------------------ "is dat meer dan in 2023?"


def test_a_comparison_with_dat_compares_the_year_answered_last() -> None:
    reply = reply_to(DATASET, "is dat meer dan in 2023?", today=TODAY, previous=Query(kind="total", years=(2024,)))
    assert reply.response is not None and reply.response.startswith("utter_figure_compare")
    assert (reply.values["period_a"], reply.values["value_a"]) == ("2023", "2.952")
    assert (reply.values["period_b"], reply.values["value_b"]) == ("2024", "3.267")


@pytest.mark.parametrize("text", ["is dat meer of minder dan een jaar eerder?", "en tegenover het jaar daarvoor?"])
def test_a_comparison_with_the_year_before_compares_the_year_answered_last(text: str) -> None:
    reply = reply_to(DATASET, text, today=TODAY, previous=Query(kind="total", years=(2024,)))
    assert reply.response is not None and reply.response.startswith("utter_figure_compare")
    assert (reply.values["period_a"], reply.values["period_b"]) == ("2023", "2024")


def test_a_comparison_with_dat_after_the_latest_total_uses_that_year() -> None:
    latest = reply_to(DATASET, "hoeveel mensen keerden vrijwillig terug?", today=TODAY)
    assert latest.query is not None
    reply = reply_to(DATASET, "is dat meer dan in 2023?", today=TODAY, previous=latest.query)
    assert reply.values["period_a"] == "2023"
    assert reply.values["period_b"] == latest.values.get("period", latest.values.get("year"))


def test_a_comparison_with_dat_keeps_the_kind_answered_last() -> None:
    previous = Query(kind="reintegration", years=(2023,))
    reply = reply_to(DATASET, "is dat meer dan in 2022?", today=TODAY, previous=previous)
    assert "1.970" in reply.values["items"] and "2.069" in reply.values["items"]


def test_a_comparison_without_dat_compares_the_year_named_with_the_year_before() -> None:
    reply = reply_to(
        DATASET, "waren er in 2023 meer terugkeerders dan het jaar ervoor?", today=TODAY,
        previous=Query(kind="total", years=(2024,)),
    )
    assert (reply.values["period_a"], reply.values["period_b"]) == ("2022", "2023")


# ------------------------------------------------------------------ questions that ask several figures


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Hoeveel organiseerde Fedasil in 2014 en hoeveel DVZ",
            ["Hoeveel organiseerde Fedasil in 2014", "hoeveel DVZ"],
        ),
        ("Hoeveel in 2023? En hoeveel kregen steun?", ["Hoeveel in 2023", "hoeveel kregen steun?"]),
        ("hoeveel mannen en vrouwen keerden terug?", ["hoeveel mannen en vrouwen keerden terug?"]),
        ("Hoeveel mensen keerden terug in 2023?", ["Hoeveel mensen keerden terug in 2023?"]),
    ],
)
def test_split_parts(text: str, parts: list[str]) -> None:
    assert split_parts(text) == parts


def test_fedasil_and_dvz_are_both_answered() -> None:
    replies = replies_to(DATASET, "Hoeveel organiseerde Fedasil in 2014 en hoeveel DVZ", today=TODAY)
    values = [v for reply in replies for v in reply.values.values()]
    assert "3.445" in values and "141" in values  # Fedasil and DVZ in 2014 (000_ seed)
    assert all(reply.values.get("period") == "2014" for reply in replies)


def test_each_part_is_answered_and_a_part_without_a_year_takes_the_other_year() -> None:
    replies = replies_to(DATASET, "hoeveel dublin en hoeveel mensen keerden terug in 2023", today=TODAY)
    assert [r.response for r in replies] == ["utter_figure_dublin", "utter_figure_total"]
    assert [r.values["value"] for r in replies] == ["155", "2.952"]


def test_a_part_that_asks_no_figure_leaves_the_message_whole() -> None:
    replies = replies_to(DATASET, "hoeveel mensen keerden terug in 2023, en hoeveel kost het mij", today=TODAY)
    assert len(replies) == 1


async def test_action_answers_both_parts(domain: dict[str, Any]) -> None:
    shown, slots = await answer(domain, "Hoeveel keerden terug in 2023? En hoeveel kregen re-integratiesteun?", [])
    assert len(shown) == 2
    assert "2.952" in shown[0] and "2.069" in shown[1]
    assert slots[QUERY_SLOT]["kind"] == "reintegration"


# ------------------------------------------------------------------ an FAQ follow-up read as a figure question


def selector(topic: str, confidence: float) -> dict[str, Any]:
    return {"faq": {"response": {"intent_response_key": f"faq/{topic}", "confidence": confidence}}}


async def test_an_faq_followup_read_as_a_figure_question_gets_its_topic(domain: dict[str, Any]) -> None:
    tracker = build_tracker(
        "en wie controleert dat daarna?",
        "ask_figure",
        events=[bot_event("utter_faq/reintegration_support")],
        response_selector=selector("reintegration_followup", 0.99),
    )
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerFigure().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_faq/reintegration_followup"]
    assert events == []


@pytest.mark.parametrize(
    ("text", "responses", "confidence"),
    [
        ("en wie controleert dat daarna?", ["utter_figure_total"], 0.99),  # no FAQ answer before it
        ("en wie controleert dat daarna?", [], 0.99),
        ("en wie controleert dat daarna?", ["utter_faq/reintegration_support"], 0.2),  # selector unsure
        ("en de fiets van de buren?", ["utter_faq/reintegration_support"], 0.99),  # points back at nothing
    ],
)
async def test_otherwise_a_message_without_a_figure_is_asked_to_rephrase(
    domain: dict[str, Any], text: str, responses: list[str], confidence: float
) -> None:
    tracker = build_tracker(
        text, "ask_figure", events=[bot_event(r) for r in responses],
        response_selector=selector("reintegration_followup", confidence),
    )
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerFigure().run(dispatcher, tracker, domain)
    assert dispatcher.messages == []
    assert events == [FollowupAction("utter_ask_rephrase")]


# ------------------------------------------------------------------ the country the conversation is about


def user_event(text: str) -> dict[str, Any]:
    return {"event": "user", "text": text, "parse_data": {"text": text}}


def test_a_reference_to_a_country_takes_the_country_of_an_earlier_message() -> None:
    earlier = ["Ik help een vrouw uit Guinee.", "Kan ze nog vrijwillig terugkeren?"]
    assert conversation_country("hoeveel mensen keerden in 2023 naar dat land terug?", earlier) == "Guinee"
    assert conversation_country("en naar haar land?", earlier) == "Guinee"


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("hoeveel mensen keerden naar Marokko terug?", ["Ik help een vrouw uit Guinee."]),  # names its own
        ("hoeveel mensen keerden in 2023 terug?", ["Ik help een vrouw uit Guinee."]),  # refers to none
        ("hoeveel keerden naar dat land terug?", ["Ik help een vrouw.", "Wat is IOM?"]),  # none named before
    ],
)
def test_no_conversation_country_without_a_reference_or_an_earlier_country(text: str, earlier: list[str]) -> None:
    assert conversation_country(text, earlier) is None


async def test_action_a_figure_question_about_zijn_land_is_about_the_clients_country(domain: dict[str, Any]) -> None:
    tracker = build_tracker(
        "Hoeveel mensen keerden in 2023 terug naar zijn land?",
        "ask_figure",
        events=[user_event("Ik begeleid een man uit Afghanistan die twijfelt."), bot_event("utter_suggest_topics")],
    )
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerFigure().run(dispatcher, tracker, domain)
    assert dispatcher.messages and all(m["response"] != "utter_figure_total" for m in dispatcher.messages)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots[QUERY_SLOT]["country"] == "Afghanistan"


async def test_action_reintegration_support_for_that_country(domain: dict[str, Any]) -> None:
    tracker = build_tracker(
        "en hoeveel mensen kregen die steun in 2023 voor dat land?",
        "ask_figure",
        events=[
            user_event("Mijn cliënte wil terug naar Georgië, heeft ze recht op re-integratiesteun?"),
            bot_event("utter_faq/reintegration_entitled"),
        ],
    )
    dispatcher = CollectingDispatcher()
    await ActionAnswerFigure().run(dispatcher, tracker, domain)
    shown = [
        domain["responses"][m["response"]][0]["text"].format(**{k: v for k, v in m.items() if isinstance(v, str)})
        for m in dispatcher.messages
    ]
    assert len(shown) == 1 and "Georgië" in shown[0] and "120" in shown[0]
