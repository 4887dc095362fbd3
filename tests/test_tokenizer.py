"""The bounded tokenizer (components/tokenizer.py) and `bot.user_input.bounded`."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import user_input
from components.tokenizer import DEFAULT_MAX_TOKENS, BoundedWhitespaceTokenizer, FingerprintedToken

ROOT = Path(__file__).resolve().parent.parent


@given(st.lists(st.integers(), max_size=300), st.integers(min_value=2, max_value=120))
def test_bounded_keeps_the_start_and_the_end(items: list[int], limit: int) -> None:
    kept = user_input.bounded(items, limit)
    if len(items) <= limit:
        assert kept == items
    else:
        assert len(kept) == limit
        head = (limit + 1) // 2
        assert kept[:head] == items[:head]
        assert kept[head:] == items[len(items) - (limit - head) :]


def tokenizer() -> BoundedWhitespaceTokenizer:
    return BoundedWhitespaceTokenizer(BoundedWhitespaceTokenizer.get_default_config())


def test_a_long_message_gives_at_most_max_tokens_with_its_question_at_the_end() -> None:
    text = "ik woon al lang in belgie en " * 40 + "hoeveel kost de terugreis voor mij?"
    tokens = tokenizer().tokenize(Message({TEXT: text}), TEXT)
    assert len(tokens) == DEFAULT_MAX_TOKENS
    assert [t.text for t in tokens[-6:]] == ["hoeveel", "kost", "de", "terugreis", "voor", "mij"]
    assert all(text[t.start : t.end] == t.text for t in tokens)  # offsets still point into the text


def test_a_question_and_other_attributes_are_not_bounded() -> None:
    question = "kan mijn cliënt met een negatieve beslissing nog vrijwillig terugkeren naar zijn land?"
    assert len(tokenizer().tokenize(Message({TEXT: question}), TEXT)) == 13
    long_response = " ".join(["woord"] * 100)
    assert len(tokenizer().tokenize(Message({"response": long_response}), "response")) == 100


def test_no_training_example_is_long_enough_to_be_bounded() -> None:
    """So the bound changes nothing in training, only what a very long message costs."""
    longest = 0
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            for line in (block.get("examples") or "").splitlines():
                if line.strip().startswith("- "):
                    longest = max(longest, len(tokenizer().tokenize(Message({TEXT: line.strip()[2:]}), TEXT)))
    assert 0 < longest < DEFAULT_MAX_TOKENS


def test_a_token_keeps_rasas_fingerprint_and_forgets_it_after_a_change() -> None:
    """Rasa's training cache keys stay what Rasa computes; a changed token gets a new fingerprint."""
    tokens = tokenizer().tokenize(Message({TEXT: "hoeveel mensen keerden terug"}), TEXT)
    token = tokens[1]
    assert isinstance(token, FingerprintedToken)
    plain = Token(token.text, token.start, token.end, dict(token.data), token.lemma)
    assert token.fingerprint() == plain.fingerprint()
    before = token.fingerprint()
    token.set("pattern", {"country": 1.0})  # what the RegexFeaturizer does
    plain.set("pattern", {"country": 1.0})
    assert token.fingerprint() != before
    assert token.fingerprint() == plain.fingerprint()
    token.lemma = "mens"
    plain.lemma = "mens"
    assert token.fingerprint() == plain.fingerprint()


def test_the_training_data_fingerprint_is_unchanged_by_the_token_class() -> None:
    text = "ik kom uit georgie en wil terug"
    ours = Message({TEXT: text})
    theirs = Message({TEXT: text})
    ours.set(TOKENS_NAMES[TEXT], tokenizer().tokenize(ours, TEXT))
    plain = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    theirs.set(TOKENS_NAMES[TEXT], plain.tokenize(theirs, TEXT))
    assert ours.fingerprint() == theirs.fingerprint()
