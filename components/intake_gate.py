"""Intake gate: `describe_client` only for a message that really describes a client.

Runs after the classifiers (before the FAQ fallback). The verdict comes from
`bot.intake.gate.gated_intent`: a message with too few intake facts (an FAQ or out-of-scope question
that mentions a client) gets the best-ranked intent that does not start the intake, so the usual
rules answer it. Slash payloads (buttons) are left alone.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.training_data.message import Message

from bot.intake.gate import DESCRIBE_CLIENT, gated_intent


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class IntakeGate(GraphComponent, IntentClassifier):
    """Replaces `describe_client` by the next intent when the message is no client description."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """No options."""
        return {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> IntakeGate:
        """Creates the component."""
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Relabel `describe_client` messages that name too few intake facts."""
        for message in messages:
            text = message.get("text") or ""
            intent = message.get("intent") or {}
            if intent.get("name") != DESCRIBE_CLIENT or text.lstrip().startswith("/"):
                continue
            replacement = gated_intent(text, message.get("intent_ranking") or [])
            if replacement is not None:
                message.set("intent", replacement, add_to_output=True)
        return messages
