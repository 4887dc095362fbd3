"""One turn of the intake form: what a message changes in the slots and which replies it needs.

`intake_step(text, requested, current)` is what `validate_intake_form` does with every message
while the form runs (and with the first message when it starts): fill every slot the message
names (a correction overwrites), skip the question on "weet ik niet", stop on "stop", and say
that a name, date of birth or file number is not needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.intake import client as c
from bot.intake.client import Client, merge_vulnerabilities
from bot.intake.documents import documents_answer
from bot.intake.parse import parse_message, says_no_vulnerability

NO_PERSONAL_DATA = "utter_intake_no_personal_data"
COUNTRY_UNKNOWN = "utter_intake_country_unknown"
NOT_UNDERSTOOD = "utter_intake_not_understood"
STOPPED = "utter_intake_stopped"
# Vulnerabilities and travel documents in ONE question while both are open, so that the guided intake
# takes at most 5 messages: the start, country, status, place (with the city), these two.
ASK_NEEDS = "utter_ask_intake_vulnerabilities_documents"


def asks_needs_together(requested: str | None, current: Client) -> bool:
    """True when the question just asked was the combined vulnerabilities + documents question."""
    return requested == c.SLOT_VULNERABILITIES and current.documents is None


def question_for(requested: str, current: Client) -> str:
    """The response that asks for the slot `requested`, given what the intake already knows."""
    return ASK_NEEDS if asks_needs_together(requested, current) else f"utter_ask_{requested}"


@dataclass(frozen=True)
class Step:
    """Slot values to set (None clears), responses to utter first, and whether the user stopped."""

    values: dict[str, Any] = field(default_factory=dict)
    responses: tuple[str, ...] = ()
    stop: bool = False


def intake_step(text: str, requested: str | None, current: Client) -> Step:
    """Read one message of the intake. `requested` is the slot the bot just asked for (or None)."""
    parsed = parse_message(text, requested)
    responses: list[str] = [NO_PERSONAL_DATA] if parsed.personal else []
    if parsed.stop:
        return Step({}, tuple(responses), stop=True)
    if parsed.start:  # "intake voor een cliënt" again: a new client
        return Step({name: None for name in c.ALL_SLOTS}, tuple(responses))
    values: dict[str, Any] = dict(parsed.values)
    found = list(parsed.vulnerabilities) + ([c.NONE] if parsed.no_vulnerability else [])
    asked_vulnerabilities = requested == c.SLOT_VULNERABILITIES
    if found or (parsed.denied and (asked_vulnerabilities or current.vulnerabilities)):
        values[c.SLOT_VULNERABILITIES] = merge_vulnerabilities(current.vulnerabilities, found, parsed.denied)
    together = asks_needs_together(requested, current)
    if together and c.SLOT_DOCUMENTS not in values and not parsed.skip:
        documents = documents_answer(text)  # "zwanger, verlopen": a bare "verlopen" answers the question
        if documents:
            values[c.SLOT_DOCUMENTS] = documents
    # "geen, paspoort ok": a bare no next to the documents (not "nee, ze komt uit Moldavië", a correction).
    only_documents = set(values) <= {c.SLOT_DOCUMENTS}
    if together and only_documents and not parsed.skip and says_no_vulnerability(text):
        values[c.SLOT_VULNERABILITIES] = [c.NONE]
    if parsed.skip and requested in c.REQUIRED_SLOTS:
        values[requested] = [c.UNKNOWN] if requested == c.SLOT_VULNERABILITIES else c.UNKNOWN
        if together:  # "weet ik niet" to the combined question skips both
            values[c.SLOT_DOCUMENTS] = c.UNKNOWN
    answered = requested is None or requested in values or bool(values) or parsed.skip
    if not answered and not parsed.personal:
        responses.append(COUNTRY_UNKNOWN if requested == c.SLOT_COUNTRY else NOT_UNDERSTOOD)
    return Step(values, tuple(responses))


def reset_values() -> dict[str, Any]:
    """Every intake slot cleared, for a new client."""
    return {**{name: None for name in c.ALL_SLOTS}, "intake_done": False, "intake_turns": 0.0}
