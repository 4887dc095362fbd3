"""The conversation scorer (tools/eval/conversations.py): reading the set and judging a reply.
Replaying needs a trained model; that runs in `make eval`, not here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.eval.conversations import DEFAULT_DATA, Conversation, Turn, load, normalise, right


def test_the_dev_set_loads_and_every_conversation_says_what_it_expects() -> None:
    for path in DEFAULT_DATA:
        conversations = load(path)
        assert conversations
        assert all(c.turns and (c.expect or c.answer or c.expect_unknown) for c in conversations)


def test_a_conversation_without_an_expectation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("examples:\n  - turns: [hallo]\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load(path)


def test_thousands_separators_are_normalised() -> None:
    assert normalise("2 069 en 35\u00a0651") == normalise("2.069 en 35.651") == "2069 en 35651"
    assert normalise("In 2023") == "in 2023"


def test_expected_strings_must_all_be_in_the_last_reply() -> None:
    conversation = Conversation(turns=("a", "b"), expect=("2.069",))
    assert right(conversation, [Turn(["x"], ["utter_faq/what_is"]), Turn(["... 2 069 mensen ..."], [])])
    assert not right(conversation, [Turn(["x"], []), Turn(["... 2.952 mensen ..."], [])])
    assert not right(conversation, [Turn([], []), Turn(["2.069"], [])])  # an earlier turn got no reply


def test_an_faq_answer_and_an_honest_no_figure() -> None:
    faq = Conversation(turns=("a",), answer="faq/where_to_apply")
    assert right(faq, [Turn(["..."], ["utter_faq/where_to_apply"])])
    assert not right(faq, [Turn(["..."], ["utter_faq/eligibility"])])
    unknown = Conversation(turns=("a",), expect_unknown=True)
    assert right(unknown, [Turn(["..."], ["utter_figure_not_available"])])
    assert not right(unknown, [Turn(["155"], ["utter_figure_dublin"])])
