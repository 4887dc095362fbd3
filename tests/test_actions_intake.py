"""Intake actions (actions/intake.py) with real rasa-sdk Trackers and a CollectingDispatcher."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk.events import SlotSet

from actions.intake import ActionAnswerIntakeFollowup, ActionShowIntakeCard, ActionStartIntake, ValidateIntakeForm
from bot.intake import client as c
from bot.intake.card import templates_from_domain
from tests.conftest import TrackerFactory

FULL = {
    c.SLOT_COUNTRY: "Georgië",
    c.SLOT_STATUS: c.NEGATIVE,
    c.SLOT_PLACE: c.RETURN_PLACE,
    c.SLOT_CITY: None,
    c.SLOT_VULNERABILITIES: [c.NONE],
    c.SLOT_DOCUMENTS: c.NO_DOCUMENTS,
}


def run(action: Any, dispatcher: Any, tracker: Any, domain: dict[str, Any]) -> list[dict[str, Any]]:
    return asyncio.run(action.run(dispatcher, tracker, domain))


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def uttered(dispatcher: Any) -> list[str]:
    return [m.get("response") for m in dispatcher.messages]


def test_one_shot_description_fills_every_slot_it_names(
    tracker_for: TrackerFactory, dispatcher: Any, domain: dict
) -> None:
    text = "Mijn cliënt komt uit Georgië, is uitgeprocedeerd en verblijft in een open terugkeerplaats."
    events = run(ValidateIntakeForm(), dispatcher, tracker_for(text=text, intent="describe_client"), domain)
    slots = slot_events(events)
    assert {k: slots[k] for k in (c.SLOT_COUNTRY, c.SLOT_STATUS, c.SLOT_PLACE)} == {
        c.SLOT_COUNTRY: "Georgië",
        c.SLOT_STATUS: c.NEGATIVE,
        c.SLOT_PLACE: c.RETURN_PLACE,
    }
    assert c.SLOT_VULNERABILITIES not in slots and c.SLOT_DOCUMENTS not in slots  # still to be asked
    assert slots["intake_turns"] == 1.0 and dispatcher.messages == []


def test_an_answer_fills_the_requested_slot(tracker_for: TrackerFactory, dispatcher: Any, domain: dict) -> None:
    tracker = tracker_for(text="Geen paspoort", intent="inform_intake", slots={"requested_slot": c.SLOT_DOCUMENTS})
    assert slot_events(run(ValidateIntakeForm(), dispatcher, tracker, domain))[c.SLOT_DOCUMENTS] == c.NO_DOCUMENTS


def test_dont_know_skips(tracker_for: TrackerFactory, dispatcher: Any, domain: dict) -> None:
    tracker = tracker_for(text="weet ik niet", intent="inform_intake", slots={"requested_slot": c.SLOT_VULNERABILITIES})
    assert slot_events(run(ValidateIntakeForm(), dispatcher, tracker, domain))[c.SLOT_VULNERABILITIES] == [c.UNKNOWN]


def test_stop_ends_the_form(tracker_for: TrackerFactory, dispatcher: Any, domain: dict) -> None:
    tracker = tracker_for(text="stop", intent="stop_intake", slots={"requested_slot": c.SLOT_STATUS})
    events = run(ValidateIntakeForm(), dispatcher, tracker, domain)
    assert SlotSet("requested_slot", None) in events and c.SLOT_STATUS not in slot_events(events)


def test_unknown_country_and_personal_data(tracker_for: TrackerFactory, dispatcher: Any, domain: dict) -> None:
    tracker = tracker_for(
        text="Ahmed komt uit Wakanda", intent="inform_intake", slots={"requested_slot": c.SLOT_COUNTRY}
    )
    events = run(ValidateIntakeForm(), dispatcher, tracker, domain)
    assert c.SLOT_COUNTRY not in slot_events(events)
    assert uttered(dispatcher) == ["utter_intake_no_personal_data"]
    dispatcher.messages.clear()
    tracker = tracker_for(text="Wakanda", intent="inform_intake", slots={"requested_slot": c.SLOT_COUNTRY})
    run(ValidateIntakeForm(), dispatcher, tracker, domain)
    assert uttered(dispatcher) == ["utter_intake_country_unknown"]


def test_start_clears_the_previous_client(tracker_for: TrackerFactory, dispatcher: Any, domain: dict) -> None:
    events = run(ActionStartIntake(), dispatcher, tracker_for(text="intake voor een cliënt", slots=FULL), domain)
    slots = slot_events(events)
    assert all(slots[name] is None for name in c.ALL_SLOTS) and slots["intake_done"] is False


def test_the_card_is_one_message_with_every_line(tracker_for: TrackerFactory, dispatcher: Any, domain: dict) -> None:
    events = run(ActionShowIntakeCard(), dispatcher, tracker_for(text="Geen paspoort", slots=FULL), domain)
    assert slot_events(events) == {"intake_done": True}
    assert len(dispatcher.messages) == 1
    message = dispatcher.messages[0]
    assert message["response"] == "utter_intake_card"
    assert message["summary"].startswith("Georgië · negatieve beslissing · open terugkeerplaats")
    lines = message["lines"].splitlines()
    assert [line.split(":")[0] for line in lines[:6]] == [
        "• In aanmerking",
        "• Opvang tot het vertrek",
        "• Re-integratiesteun",
        "• Reisdocumenten",
        "• Aanvragen",
        "• Cijfers Georgië",
    ]
    assert "het terugkeerloket beslist" in lines[6]
    assert "2023: 145 terugkeerders, van wie 120 met re-integratiesteun" in lines[5]
    card = templates_from_domain(domain)["utter_intake_card"].format(**message)
    assert card.count("\n") == 7


def test_after_a_stop_the_card_action_says_so(tracker_for: TrackerFactory, dispatcher: Any, domain: dict) -> None:
    slots = {**FULL, c.SLOT_DOCUMENTS: None}
    events = run(ActionShowIntakeCard(), dispatcher, tracker_for(text="stop", slots=slots), domain)
    assert uttered(dispatcher) == ["utter_intake_stopped"] and slot_events(events)["intake_done"] is False


def test_followup_answers_for_that_client(tracker_for: TrackerFactory, dispatcher: Any, domain: dict) -> None:
    selector = {"faq": {"response": {"intent_response_key": "faq/travel_documents"}}}
    tracker = tracker_for(
        text="en welke documenten heeft hij nodig?",
        intent="faq",
        slots={**FULL, "intake_done": True},
        response_selector=selector,
    )
    run(ActionAnswerIntakeFollowup(), dispatcher, tracker, domain)
    message = dispatcher.messages[0]
    assert message["response"] == "utter_intake_followup"
    assert message["line"].startswith("• Reisdocumenten: je cliënt zorgt zelf voor een reisdocument")
    assert "Georgië" in message["summary"]


def test_followup_that_changes_the_client(tracker_for: TrackerFactory, dispatcher: Any, domain: dict) -> None:
    tracker = tracker_for(
        text="en als ze uit Brazilië komt, welke steun?", intent="ask_entitlement", slots={**FULL, "intake_done": True}
    )
    events = run(ActionAnswerIntakeFollowup(), dispatcher, tracker, domain)
    assert slot_events(events) == {c.SLOT_COUNTRY: "Brazilië"}
    assert "stopgezet" in dispatcher.messages[0]["line"]


def test_followup_not_about_the_card_gets_the_faq_answer(
    tracker_for: TrackerFactory, dispatcher: Any, domain: dict
) -> None:
    selector = {"faq": {"response": {"intent_response_key": "faq/luggage"}}}
    tracker = tracker_for(
        text="hoeveel bagage mag mee", intent="faq", slots={**FULL, "intake_done": True}, response_selector=selector
    )
    run(ActionAnswerIntakeFollowup(), dispatcher, tracker, domain)
    assert uttered(dispatcher) == ["utter_faq/luggage"]


def test_followup_taken_for_out_of_scope_is_still_read(
    tracker_for: TrackerFactory, dispatcher: Any, domain: dict
) -> None:
    tracker = tracker_for(
        text="en welke documenten heeft hij nodig?", intent="out_of_scope", slots={**FULL, "intake_done": True}
    )
    run(ActionAnswerIntakeFollowup(), dispatcher, tracker, domain)
    assert dispatcher.messages[0]["line"].startswith("• Reisdocumenten")
    dispatcher.messages.clear()
    tracker = tracker_for(text="wat is het lekkerste bier", intent="out_of_scope", slots={**FULL, "intake_done": True})
    run(ActionAnswerIntakeFollowup(), dispatcher, tracker, domain)
    assert uttered(dispatcher) == ["utter_out_of_scope"]


def test_followup_taken_for_a_figure_question_is_read_for_the_client(
    tracker_for: TrackerFactory, dispatcher: Any, domain: dict
) -> None:
    tracker = tracker_for(
        text="en welke documenten heeft ze nodig?", intent="ask_figure", slots={**FULL, "intake_done": True}
    )
    run(ActionAnswerIntakeFollowup(), dispatcher, tracker, domain)
    assert dispatcher.messages[0]["line"].startswith("• Reisdocumenten")
    dispatcher.messages.clear()
    tracker = tracker_for(text="en mijn broer?", intent="ask_figure", slots={**FULL, "intake_done": True})
    run(ActionAnswerIntakeFollowup(), dispatcher, tracker, domain)
    assert uttered(dispatcher) == ["utter_ask_rephrase"]
