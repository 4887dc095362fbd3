"""Put the nearest NLU training example's label on every message (bot/nearest.py).

Trained on the NLU examples (an FAQ example is labelled with its topic, ``faq/<key>``; any other
with its intent). It stores the texts and labels with the model and refits the character n-gram
vectorizer when the model loads (well under a second), so nothing is pickled. It decides nothing:
`components/faq_fallback.py` reads ``nearest_example`` through `bot.faq.second_opinion`. The lookup
(about 4 ms) runs only for the messages where that can change the answer
(`bot.faq.needs_second_opinion`): a sure FAQ answer, a greeting or a figure question skips it.
"""

from __future__ import annotations

import json
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import faq
from bot.nearest import NearestExamples

NEAREST = "nearest_example"  # the message attribute: {"label": ..., "similarity": ...}
FILE = "nearest_examples.json"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class NearestExample(GraphComponent):
    """Adds ``nearest_example`` (label and cosine similarity) to each message."""

    def __init__(self, model_storage: ModelStorage, resource: Resource, examples: NearestExamples) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self.examples = examples

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> NearestExample:
        """An untrained component: no examples yet."""
        return cls(model_storage, resource, NearestExamples([], []))

    def train(self, training_data: TrainingData) -> Resource:
        """Keep every intent example's text and label, and store them with the model."""
        texts: list[str] = []
        labels: list[str] = []
        for example in training_data.intent_examples:
            label = example.get(INTENT_RESPONSE_KEY) or example.get(INTENT)
            if example.get(TEXT) and label:
                texts.append(str(example.get(TEXT)))
                labels.append(str(label))
        self.examples = NearestExamples(texts, labels)
        with self._model_storage.write_to(self._resource) as directory:
            (directory / FILE).write_text(json.dumps(self.examples.to_dict(), ensure_ascii=False), encoding="utf-8")
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> NearestExample:
        """The component with the examples stored at training time."""
        with model_storage.read_from(resource) as directory:
            data = json.loads((directory / FILE).read_text(encoding="utf-8"))
        return cls(model_storage, resource, NearestExamples.from_dict(data))

    def process(self, messages: list[Message]) -> list[Message]:
        """Add the nearest example's label and similarity to each message whose answer it can change."""
        for message in messages:
            intent = (message.get(INTENT) or {}).get("name")
            selector = (message.get("response_selector") or {}).get("faq") or {}
            confidence = float((selector.get("response") or {}).get("confidence") or 0.0)
            if not faq.needs_second_opinion(intent, confidence):
                continue
            nearest = self.examples.nearest(str(message.get(TEXT) or ""))
            if nearest is not None:
                message.set(
                    NEAREST, {"label": nearest.label, "similarity": round(nearest.similarity, 4)}, add_to_output=True
                )
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to add to the training data."""
        return training_data
