"""Rasa's WhitespaceTokenizer, with the number of tokens of a user message bounded.

The cost of the featurizers, DIET and the ResponseSelector grows with the number of tokens, so the
longest allowed message (MAX_MESSAGE_CHARS, up to 500 one-letter words) costs several times a
question. The NLU model reads at most `max_tokens` of a message's tokens (`bot.user_input.bounded`:
its first and last half); the longest training example has 22 tokens, so training is unchanged.
Only the user's text is bounded, never responses, intents or action names.

Its tokens remember their fingerprint (`FingerprintedToken`). During training Rasa fingerprints
every node's output, which re-hashes every token of every example after each featurizer; with
about 5,000 examples that cost several seconds per featurizer (docs/speed.md).
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import user_input

DEFAULT_MAX_TOKENS = 64


class FingerprintedToken(Token):
    """A Token that computes its fingerprint once and again only after a change.

    Rasa changes a token through `set` (the RegexFeaturizer's "pattern") or by assigning its
    attributes; both forget the stored fingerprint. Nothing in Rasa's NLU writes `token.data` directly.
    """

    _fingerprint: str | None = None

    @classmethod
    def of(cls, token: Token) -> FingerprintedToken:
        """The same token, as a FingerprintedToken."""
        return cls(token.text, token.start, token.end, token.data, token.lemma)

    def __setattr__(self, name: str, value: Any) -> None:
        """Set an attribute and forget the fingerprint."""
        if name != "_fingerprint":
            object.__setattr__(self, "_fingerprint", None)
        object.__setattr__(self, name, value)

    def set(self, prop: str, info: Any) -> None:
        """Set a data property and forget the fingerprint."""
        self._fingerprint = None
        super().set(prop, info)

    def fingerprint(self) -> str:
        """Token.fingerprint, computed once per state."""
        if self._fingerprint is None:
            self._fingerprint = super().fingerprint()
        return self._fingerprint


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class BoundedWhitespaceTokenizer(WhitespaceTokenizer):
    """WhitespaceTokenizer that keeps at most `max_tokens` tokens of a user message."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Rasa's WhitespaceTokenizer options plus `max_tokens`."""
        return {**WhitespaceTokenizer.get_default_config(), "max_tokens": DEFAULT_MAX_TOKENS}

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        """The tokens of `attribute`; for the user's text at most `max_tokens` of them."""
        tokens: list[Token] = [FingerprintedToken.of(token) for token in super().tokenize(message, attribute)]
        if attribute != TEXT:
            return tokens
        return user_input.bounded(tokens, int(self._config["max_tokens"]))
