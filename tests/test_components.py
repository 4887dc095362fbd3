"""components/faq_fallback.py on real Rasa Messages."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from components.faq_fallback import FaqSelectorFallback


def _message(intent: str, key: str | None = None, confidence: float = 0.0) -> Message:
    data = {"text": "x", "intent": {"name": intent, "confidence": 0.9}}
    if key is not None:
        data["response_selector"] = {"faq": {"response": {"intent_response_key": key, "confidence": confidence}}}
    return Message(data=data)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (_message("faq", "faq/luggage", 0.8), "faq"),
        (_message("faq", "faq/luggage", 0.5), "faq"),
        (_message("faq", "faq/luggage", 0.49), "nlu_fallback"),
        (_message("faq", "faq/unknown_topic", 0.99), "nlu_fallback"),
        (_message("faq"), "nlu_fallback"),
        (_message("greet"), "greet"),
        (_message("nlu_fallback"), "nlu_fallback"),
    ],
)
def test_uncertain_faq_answers_become_nlu_fallback(message: Message, expected: str) -> None:
    component = FaqSelectorFallback({**FaqSelectorFallback.get_default_config(), "threshold": 0.5})
    [result] = component.process([message])
    assert result.get("intent")["name"] == expected


def _described(text: str) -> Message:
    ranking = [{"name": "describe_client", "confidence": 0.8}, {"name": "faq", "confidence": 0.15}]
    return Message(data={"text": text, "intent": dict(ranking[0]), "intent_ranking": ranking})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heeft een uitgeprocedeerde cliënt nog recht op dringende medische hulp via het OCMW?", "faq"),
        ("Mijn cliënt komt uit Georgië, is uitgeprocedeerd en woont in een open terugkeerplaats.", "describe_client"),
        ("/describe_client", "describe_client"),
    ],
)
def test_the_intake_gate_keeps_describe_client_for_descriptions_only(text: str, expected: str) -> None:
    from components.intake_gate import IntakeGate

    [result] = IntakeGate().process([_described(text)])
    assert result.get("intent")["name"] == expected
