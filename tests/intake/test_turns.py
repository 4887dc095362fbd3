"""Turn count of the guided intake (issue 12): from "intake voor een cliënt" to the card in at most 5 messages.

The form's loop is replayed with bot/intake/dialogue.py as actions/intake.py runs it: the form asks
the first open slot in domain.yml's order with `question_for`, the social worker answers with a
quick reply of that question (or types), `intake_step` fills the slots. Every path through the
quick replies is tried.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bot.intake import client as c
from bot.intake.client import Client
from bot.intake.dialogue import ASK_NEEDS, intake_step, question_for

START = "intake voor een cliënt"
MAX_MESSAGES = 5


def form_slots(domain: dict[str, Any]) -> list[str]:
    return list(domain["forms"]["intake_form"]["required_slots"])


def apply(current: Client, values: dict[str, Any]) -> Client:
    return Client.from_slots({**current.to_slots(), **values})


def next_question(domain: dict[str, Any], current: Client) -> tuple[str, str] | None:
    """(requested slot, response asked) as the form chooses them, or None: the card."""
    missing = set(current.missing())
    slot = next((s for s in form_slots(domain) if s in missing), None)
    return None if slot is None else (slot, question_for(slot, current))


Path = tuple[tuple[str, ...], Client]


def button_paths(domain: dict[str, Any], current: Client, sent: tuple[str, ...]) -> Iterator[Path]:
    """Every conversation through the quick replies: (messages sent, the client at the card)."""
    asked = next_question(domain, current)
    if asked is None or len(sent) > MAX_MESSAGES:
        yield sent, current
        return
    slot, response = asked
    for button in domain["responses"][response][0]["buttons"]:
        step = intake_step(button["payload"], slot, current)
        assert step.values, (response, button)  # every quick reply fills something
        yield from button_paths(domain, apply(current, step.values), (*sent, button["payload"]))


def test_every_quick_reply_path_reaches_the_card_in_at_most_five_messages(domain: dict[str, Any]) -> None:
    start = intake_step(START, None, Client())
    assert start.values == {name: None for name in c.ALL_SLOTS}
    paths = list(button_paths(domain, Client(), (START,)))
    assert len(paths) > 100  # country × status × place × (vulnerabilities + documents)
    for sent, client in paths:
        assert len(sent) <= MAX_MESSAGES and client.missing() == [], sent


def test_the_fourth_question_asks_vulnerabilities_and_documents_together(domain: dict[str, Any]) -> None:
    current = Client(country="Georgië", status=c.NEGATIVE, place=c.OUTSIDE, city="Gent")
    assert next_question(domain, current) == (c.SLOT_VULNERABILITIES, ASK_NEEDS)
    # Once the documents are known (said earlier), the vulnerabilities are asked alone.
    known = Client(country="Georgië", status=c.NEGATIVE, place=c.OUTSIDE, documents=c.EXPIRED)
    assert next_question(domain, known) == (c.SLOT_VULNERABILITIES, "utter_ask_intake_vulnerabilities")


@pytest.mark.parametrize(
    ("answer", "vulnerabilities", "documents"),
    [
        ("zwanger, paspoort verlopen", [c.PREGNANT], c.EXPIRED),
        ("gezin met kinderen en geen paspoort", [c.FAMILY], c.NO_DOCUMENTS),
        ("ze is ziek, heeft een geldig paspoort", [c.HEALTH], c.VALID_PASSPORT),
        ("niet-begeleide minderjarige, verlopen", [c.MINOR], c.EXPIRED),
        ("zwanger en gezondheidsproblemen, geen reisdocument", [c.PREGNANT, c.HEALTH], c.NO_DOCUMENTS),
        ("geen, paspoort ok", [c.NONE], c.VALID_PASSPORT),
        ("weet ik niet", [c.UNKNOWN], c.UNKNOWN),
    ],
)
def test_a_typed_answer_to_the_combined_question_fills_both(
    answer: str, vulnerabilities: list[str], documents: str
) -> None:
    current = Client(country="Georgië", status=c.NEGATIVE, place=c.RETURN_PLACE)
    values = intake_step(answer, c.SLOT_VULNERABILITIES, current).values
    assert values == {c.SLOT_VULNERABILITIES: vulnerabilities, c.SLOT_DOCUMENTS: documents}


def test_typed_answers_reach_the_card_in_five_messages(domain: dict[str, Any]) -> None:
    answers = ["Syrië", "asielaanvraag loopt nog", "LOI in Aalst", "zwanger, geen paspoort"]
    current = Client()
    for answer in answers:
        asked = next_question(domain, current)
        assert asked is not None, answer
        current = apply(current, intake_step(answer, asked[0], current).values)
    assert next_question(domain, current) is None and 1 + len(answers) == MAX_MESSAGES
    assert current == Client("Syrië", c.PROCEDURE, c.RECEPTION_CENTRE, "Aalst", (c.PREGNANT,), c.NO_DOCUMENTS)


def test_an_answer_with_only_the_vulnerability_asks_the_documents_next(domain: dict[str, Any]) -> None:
    current = Client(country="Georgië", status=c.NEGATIVE, place=c.RETURN_PLACE)
    current = apply(current, intake_step("Zwanger", c.SLOT_VULNERABILITIES, current).values)
    assert next_question(domain, current) == (c.SLOT_DOCUMENTS, "utter_ask_intake_documents")
