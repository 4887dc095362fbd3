"""Turn an uncertain FAQ answer into `nlu_fallback`, unless the nearest training example agrees.

The FallbackClassifier only sees DIET's confidence in the parent intent `faq`, not the
ResponseSelector's confidence in the topic. This component, placed after both, sends a
message whose chosen topic is too uncertain to the same fallback rules as any other miss.
With `components/nearest_example.py` before it, `bot.faq.second_opinion` decides two exceptions:
an unsure topic that the nearest example confirms is answered, and so is a question DIET calls out
of scope when the selector is sure of a topic and the nearest example has that topic too.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.training_data.message import Message

from bot import faq
from components.nearest_example import NEAREST


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class FaqSelectorFallback(GraphComponent, IntentClassifier):
    """Replaces intent `faq` by `nlu_fallback` when the ResponseSelector is unsure."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """`threshold`: lowest selector confidence that still gives an answer."""
        return {"threshold": faq.SELECTOR_THRESHOLD, "retrieval_intent": "faq"}

    def __init__(self, config: dict[str, Any]) -> None:
        self.threshold = float(config["threshold"])
        self.retrieval_intent = str(config["retrieval_intent"])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FaqSelectorFallback:
        """Creates the component from its config."""
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        """Set `nlu_fallback` on messages with an uncertain FAQ topic, `faq` where the second opinion says so."""
        for message in messages:
            name = (message.get("intent") or {}).get("name")
            if name not in (self.retrieval_intent, "out_of_scope"):
                continue
            selector = (message.get("response_selector") or {}).get(self.retrieval_intent) or {}
            response = selector.get("response") or {}
            key = response.get("intent_response_key")
            confidence = float(response.get("confidence") or 0.0)
            nearest = message.get(NEAREST) or {}
            agreed = faq.second_opinion(
                name, key, confidence, nearest.get("label"), float(nearest.get("similarity") or 0.0), self.threshold
            )
            if agreed is not None:
                message.set("intent", {"name": self.retrieval_intent, "confidence": confidence}, add_to_output=True)
            elif name == self.retrieval_intent and faq.decide_faq(key, confidence, self.threshold) is None:
                message.set(
                    "intent",
                    {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME, "confidence": confidence},
                    add_to_output=True,
                )
        return messages
