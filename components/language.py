"""Language gate: French, English, other scripts and noise get their own intent before the rules.

Runs after the classifiers. The verdict comes from `bot.language.classify` (lingua-language-detector
restricted to Dutch/French/English, pyspellchecker word lists, the words of the NLU training data).
French -> `speak_french`, English -> `speak_english`, a non-Latin script -> `speak_other_script`,
noise (no known word, no digit) -> `nlu_fallback` (the rephrase reply, not the greeting).
Slash payloads (`/greet`, buttons) are left alone. Trained only to remember the training vocabulary,
so that every word the model was trained on counts as known (never noise).
"""

from __future__ import annotations

import json
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import language
from bot.figures.vocabulary.countries import COUNTRIES

VOCABULARY_FILE = "vocabulary.json"
INTENTS: dict[str, str] = {
    "french": "speak_french",
    "english": "speak_english",
    "other_script": "speak_other_script",
    "noise": DEFAULT_NLU_FALLBACK_INTENT_NAME,
}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LanguageGate(GraphComponent, IntentClassifier):
    """Overrides the intent of French, English, other-script and noise messages."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """No options."""
        return {}

    def __init__(self, model_storage: ModelStorage, resource: Resource, training_words: frozenset[str]) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self._training_words = training_words
        self._detector: language.Detector | None = None
        self._vocabulary: language.Vocabulary | None = None

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> LanguageGate:
        """A gate that has not seen the training data yet."""
        return cls(model_storage, resource, frozenset())

    def train(self, training_data: TrainingData) -> Resource:
        """Remember every word of the training examples and lookup tables."""
        found: set[str] = set()
        for example in training_data.training_examples:
            found.update(language.words(example.get("text") or ""))
        for table in training_data.lookup_tables:
            elements = table.get("elements")
            if isinstance(elements, list):
                for element in elements:
                    found.update(language.words(str(element)))
        self._training_words = frozenset(found)
        with self._model_storage.write_to(self._resource) as directory:
            (directory / VOCABULARY_FILE).write_text(json.dumps(sorted(found), ensure_ascii=False), encoding="utf-8")
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> LanguageGate:
        """Load the training vocabulary; build the detector and word lists now, not per message."""
        words: frozenset[str] = frozenset()
        try:
            with model_storage.read_from(resource) as directory:
                words = frozenset(json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8")))
        except (ValueError, FileNotFoundError):
            pass
        gate = cls(model_storage, resource, words)
        gate._prepare()
        return gate

    def _prepare(self) -> None:
        if self._detector is None:
            self._detector = language.build_detector()
        if self._vocabulary is None:
            countries = [name for canonical, names in COUNTRIES.items() for name in (canonical, *names)]
            self._vocabulary = language.load_vocabulary([*self._training_words, *countries])

    def process(self, messages: list[Message]) -> list[Message]:
        """Set the language intent on French, English, other-script and noise messages."""
        for message in messages:
            text = message.get("text") or ""
            if not text or text.lstrip().startswith("/"):
                continue
            self._prepare()
            assert self._detector is not None and self._vocabulary is not None
            intent = INTENTS.get(language.classify(text, self._detector, self._vocabulary))
            if intent is not None:
                # The gate's verdict replaces the model's: no intent ranking or FAQ topics stay behind
                # for "Bedoel je...?" to suggest from.
                decided = {"name": intent, "confidence": 1.0}
                message.set("intent", decided, add_to_output=True)
                message.set("intent_ranking", [decided], add_to_output=True)
                message.set("response_selector", {}, add_to_output=True)
        return messages
