"""The bounded tokenizer (components/tokenizer.py) and `bot.user_input.bounded`."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import user_input
from components.tokenizer import DEFAULT_MAX_TOKENS, BoundedWhitespaceTokenizer

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
