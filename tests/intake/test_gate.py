"""bot/intake/gate.py: only a real client description starts an intake (the describe_client intent is greedy).

Checked on the development sets: no FAQ or out-of-scope question of tools/eval/dev_faq.yml counts as
a description, every intake description of tools/eval/dev_intake*.yml and every describe_client
training example does.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.intake.gate import gated_intent, is_client_description
from tools.eval.intake import load_examples

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tools" / "eval"


def _faq_examples() -> list[dict[str, Any]]:
    with open(EVAL / "dev_faq.yml", encoding="utf-8") as handle:
        return list(yaml.safe_load(handle)["examples"])


def _descriptions() -> list[str]:
    texts = [str(e["text"]) for name in ("dev_intake.yml", "dev_intake_2.yml", "dev_intake_3.yml", "dev_intake_4.yml")
             for e in load_examples(EVAL / name)]
    with open(ROOT / "data" / "nlu" / "intake.yml", encoding="utf-8") as handle:
        nlu = yaml.safe_load(handle)["nlu"]
    for block in nlu:
        if block["intent"] == "describe_client":
            lines = [line[2:].strip() for line in block["examples"].splitlines() if line.strip()]
            texts += [re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line) for line in lines]
    return texts


def test_no_question_of_the_dev_faq_set_is_a_description() -> None:
    taken = [e["text"] for e in _faq_examples() if is_client_description(e["text"])]
    assert taken == []


def test_every_dev_description_is_a_description() -> None:
    texts = _descriptions()
    assert len(texts) > 180
    assert [t for t in texts if not is_client_description(t)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Heeft een uitgeprocedeerde cliënt nog recht op dringende medische hulp via het OCMW?",
        "Mijn cliënt is zwanger, waar kan ze terecht voor een gynaecoloog",
        "Kan een cliënt uit Georgië met een verlopen paspoort reizen?",
        "ik kom uit brazilie, hoe krijg ik een arbeidskaart",
        "Mijn cliënt wil terugkeren naar huis",
        "zonder papieren",
        "ik heb een vraag over mijn asielprocedure, ik kom uit Irak",
    ],
)
def test_questions_and_single_facts_are_not_descriptions(text: str) -> None:
    assert not is_client_description(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn cliënt komt uit Georgië, is uitgeprocedeerd en woont in Gent. Wat kan ze krijgen?",
        "mijn cliënte is zwanger",
        "Georgische vrouw, uitgeprocedeerd",
        "Dag, ik heb een vraag over een Peruaanse vrouw. Ze is uitgeprocedeerd en woont bij haar zus in Brussel.",
    ],
)
def test_descriptions(text: str) -> None:
    assert is_client_description(text)


def test_the_next_intent_that_does_not_start_the_intake() -> None:
    ranking = [
        {"name": "describe_client", "confidence": 0.7},
        {"name": "inform_intake", "confidence": 0.2},
        {"name": "out_of_scope", "confidence": 0.08},
    ]
    text = "Heeft een uitgeprocedeerde cliënt nog recht op dringende medische hulp via het OCMW?"
    assert gated_intent(text, ranking) == {"name": "out_of_scope", "confidence": 0.08}
    assert gated_intent(text, ranking[:2]) == {"name": "nlu_fallback", "confidence": 0.0}
    assert gated_intent("Mijn cliënt komt uit Georgië en is uitgeprocedeerd.", ranking) is None
