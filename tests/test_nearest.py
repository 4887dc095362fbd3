"""bot/nearest.py and its Rasa component components/nearest_example.py; the rule in bot.faq.second_opinion."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import faq
from bot.nearest import MAX_CHARS, Nearest, NearestExamples
from components.faq_fallback import FaqSelectorFallback
from components.nearest_example import NEAREST, NearestExample

TEXTS = ["hoeveel bagage mag ik meenemen", "wat kost de terugkeer", "wie is de premier van belgie"]
LABELS = ["faq/luggage", "faq/costs", "out_of_scope"]


def test_the_nearest_example_is_the_most_similar_text() -> None:
    examples = NearestExamples(TEXTS, LABELS)
    nearest = examples.nearest("hoeveel bagage mag ik mee nemen?")
    assert nearest is not None and nearest.label == "faq/luggage" and 0.6 < nearest.similarity <= 1.0
    other = examples.nearest("wat kost dat")
    assert other is not None and other.label == "faq/costs" and other.similarity < nearest.similarity


def test_no_examples_or_no_text_gives_no_opinion() -> None:
    assert NearestExamples([], []).nearest("bagage") is None
    assert NearestExamples(TEXTS, LABELS).nearest("   ") is None
    with pytest.raises(ValueError):
        NearestExamples(TEXTS, LABELS[:1])


@pytest.mark.parametrize(
    ("intent", "confidence", "expected"),
    [
        ("faq", 0.3, True),
        ("faq", 0.45, False),
        ("out_of_scope", 0.8, True),
        ("out_of_scope", 0.79, False),
        ("greet", 0.1, False),
    ],
)
def test_needs_second_opinion(intent: str, confidence: float, expected: bool) -> None:
    assert faq.needs_second_opinion(intent, confidence) is expected


def test_the_stored_form_gives_the_same_answers() -> None:
    examples = NearestExamples(TEXTS, LABELS)
    again = NearestExamples.from_dict(examples.to_dict())
    assert again.nearest("mag ik veel bagage meenemen") == examples.nearest("mag ik veel bagage meenemen")


@pytest.mark.parametrize(
    ("intent", "topic", "confidence", "nearest", "expected"),
    [
        # an unsure FAQ topic that the nearest example confirms
        ("faq", "faq/luggage", 0.30, Nearest("faq/luggage", 0.6), "luggage"),
        ("faq", "faq/luggage", 0.30, Nearest("faq/luggage", 0.59), None),
        ("faq", "faq/luggage", 0.30, Nearest("faq/costs", 0.9), None),
        ("faq", "faq/luggage", 0.90, Nearest("faq/luggage", 0.9), None),  # sure already: nothing to change
        # out of scope for DIET, but the selector is sure and the nearest example agrees
        ("out_of_scope", "faq/luggage", 0.80, Nearest("faq/luggage", 0.6), "luggage"),
        ("out_of_scope", "faq/luggage", 0.79, Nearest("faq/luggage", 0.9), None),
        ("out_of_scope", "faq/luggage", 0.95, Nearest("faq/luggage", 0.59), None),
        ("out_of_scope", "faq/luggage", 0.95, Nearest("out_of_scope", 0.9), None),
        ("greet", "faq/luggage", 0.95, Nearest("faq/luggage", 0.9), None),
        ("faq", "faq/unknown", 0.30, Nearest("faq/unknown", 0.9), None),
        ("faq", None, 0.0, Nearest("faq/luggage", 0.9), None),
    ],
)
def test_second_opinion(
    intent: str, topic: str | None, confidence: float, nearest: Nearest, expected: str | None
) -> None:
    assert faq.second_opinion(intent, topic, confidence, nearest.label, nearest.similarity) == expected


def _message(text: str, intent: str, key: str, confidence: float) -> Message:
    return Message(
        data={
            "text": text,
            "intent": {"name": intent, "confidence": 0.99},
            "response_selector": {"faq": {"response": {"intent_response_key": key, "confidence": confidence}}},
        }
    )


def test_the_component_trains_stores_loads_and_feeds_the_fallback(tmp_path: Path) -> None:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("nearest")
    context = ExecutionContext(GraphSchema({}), "test")
    examples = [
        Message(data={"text": t, "intent": label.split("/")[0], "intent_response_key": label if "/" in label else None})
        for t, label in zip(TEXTS, LABELS, strict=True)
    ]
    component = NearestExample.create({}, storage, resource, context)
    component.train(TrainingData(training_examples=examples))
    loaded = NearestExample.load({}, storage, resource, context)

    unsure = _message("hoeveel bagage mag ik meenemen?", "faq", "faq/luggage", 0.30)
    refused = _message("hoeveel bagage mag ik meenemen?", "out_of_scope", "faq/luggage", 0.90)
    stranger = _message("wie is de premier van belgie", "faq", "faq/luggage", 0.30)
    sure = _message("hoeveel bagage mag ik meenemen?", "faq", "faq/luggage", 0.95)
    greeting = _message("hallo", "greet", "faq/luggage", 0.30)
    loaded.process([unsure, refused, stranger, sure, greeting])
    assert unsure.get(NEAREST)["label"] == "faq/luggage" and stranger.get(NEAREST)["label"] == "out_of_scope"
    assert sure.get(NEAREST) is None and greeting.get(NEAREST) is None  # nothing it could change: no lookup

    FaqSelectorFallback({"threshold": 0.45, "retrieval_intent": "faq"}).process([unsure, refused, stranger])
    assert [m.get("intent")["name"] for m in (unsure, refused, stranger)] == ["faq", "faq", "nlu_fallback"]


def test_only_the_first_characters_of_a_very_long_text_are_compared() -> None:
    examples = NearestExamples(TEXTS, LABELS)
    head = ("hoeveel bagage mag ik meenemen " * 40)[:MAX_CHARS]
    nearest = examples.nearest(head + "wie is de premier van belgie " * 5000)
    assert nearest is not None and nearest.label == "faq/luggage"  # the tail beyond MAX_CHARS is not read
