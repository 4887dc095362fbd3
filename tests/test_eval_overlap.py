"""tools/eval/overlap.py: which evaluation questions the training data already holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.eval.overlap import TrainingIndex
from tools.eval.run_eval import Example, evaluate_intents, training_texts

TRAINING = ["Wat is Caritas International?", "hoeveel kost de terugreis voor mijn gezin met drie kinderen"]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("wat is caritas international", True),  # equal after folding
        ("WAT IS CARITAS INTERNATIONAL ???", True),
        ("hoeveel kost de terugreis voor mijn gezin met 3 kinderen", True),  # 9 of 11 words
        ("hoeveel kost de terugreis voor mijn vrouw", False),  # 6 of 11 words
        ("hoeveel kost de terugreis voor mijn gezin met drie kinderen?", True),
        ("hoeveel kost de terugreis voor mijn gezin met drie kleine kinderen", True),  # 10 of 11
        ("wat is caritas", False),
        ("wie betaalt mijn ticket", False),
        ("", False),
        ("?!", False),
    ],
)
def test_equal_and_nearly_equal_questions_are_held(text: str, held: bool) -> None:
    assert TrainingIndex.of(TRAINING).holds(text) is held


def test_an_empty_index_holds_nothing() -> None:
    assert not TrainingIndex().holds("wat is caritas international")


def test_training_texts_are_the_examples_not_the_lookups(tmp_path: Path) -> None:
    (tmp_path / "nlu").mkdir()
    (tmp_path / "nlu" / "faq.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: faq/iom\n  examples: |\n    - wat doet [IOM](org)?\n    - wie is iom\n'
        "- lookup: country\n  examples: |\n    - Marokko\n",
        encoding="utf-8",
    )
    (tmp_path / "rules.yml").write_text('version: "3.1"\nrules: []\n', encoding="utf-8")
    assert training_texts(tmp_path) == ["wat doet IOM?", "wie is iom"]


class FakeBot:
    """Answers each question with a fixed response, the way BotServers reports it."""

    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers
        self.last: dict[str, str] = {}

    def parse(self, text: str) -> dict[str, object]:
        response = self.answers[text]
        if response.startswith("utter_faq/"):
            key = response.removeprefix("utter_")
            return {"intent": {"name": "faq"}, "response_selector": {"faq": {"response": {"intent_response_key": key}}}}
        return {"intent": {"name": "nlu_fallback"}}

    def send(self, text: str, sender: str) -> list[dict[str, object]]:
        self.last[sender] = self.answers[text]
        return [{"text": "..."}]

    def tracker(self, sender: str, timeout: float = 0) -> dict[str, object]:
        return {"events": [{"event": "user"}, {"event": "bot", "metadata": {"utter_action": self.last[sender]}}]}


def test_the_evaluation_reports_right_answers_on_unseen_questions(tmp_path: Path) -> None:
    answers = {
        "wat is caritas international?": "utter_faq/caritas",  # held by the training data, right
        "wie helpt mij in mijn land?": "utter_faq/reintegration_followup",  # unseen, right
        "kan ik mijn hond meenemen?": "utter_faq/luggage",  # unseen, wrong
    }
    examples = [
        Example(["wat is caritas international?"], intent="faq/caritas"),
        Example(["wie helpt mij in mijn land?"], intent="faq/reintegration_followup"),
        Example(["kan ik mijn hond meenemen?"], intent="faq/pets"),
    ]
    report = evaluate_intents(FakeBot(answers), examples, tmp_path, TrainingIndex.of(TRAINING))  # type: ignore[arg-type]
    assert report["answer_accuracy"] == pytest.approx(2 / 3)
    assert report["unseen_in_scope_examples"] == 2
    assert report["answer_accuracy_unseen"] == pytest.approx(1 / 2)
    assert "suggestions_hold_the_topic" not in report  # no question fell back: nothing to measure
