"""data/nlu/figures.yml against bot/figures/lexicon.py: lookup tables, synonyms and annotations."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from bot.figures import lexicon
from bot.figures.normalise import normalise_country, normalise_month, normalise_profile, normalise_year, parse_question
from tests.figures_support import ROOT, TODAY

NLU = yaml.safe_load((ROOT / "data" / "nlu" / "figures.yml").read_text(encoding="utf-8"))["nlu"]
ANNOTATION = re.compile(r"\[([^\]]+)\]\((\w+)\)")


def _lines(block: dict[str, Any]) -> list[str]:
    return [line[2:].strip() for line in block["examples"].splitlines() if line.startswith("- ")]


def _examples(intent: str) -> list[str]:
    return [line for block in NLU if block.get("intent") == intent for line in _lines(block)]


def test_lookup_tables_are_the_lexicon() -> None:
    tables = {block["lookup"]: sorted(_lines(block)) for block in NLU if "lookup" in block}
    assert tables == {name: sorted(forms) for name, forms in lexicon.lookup_tables().items()}


def test_synonyms_are_the_lexicon() -> None:
    synonyms = {block["synonym"]: sorted(_lines(block)) for block in NLU if "synonym" in block}
    assert synonyms == {value: sorted(forms) for value, forms in lexicon.synonyms().items()}


def test_the_year_regex_finds_years() -> None:
    (regex,) = [_lines(block)[0] for block in NLU if block.get("regex") == "year"]
    assert re.search(regex, "in 2023?") and re.search(regex, "1999") and not re.search(regex, "2.952 of 20233")


ANNOTATED = [
    (text, value, entity)
    for intent in ("ask_figure", "ask_figure_followup")
    for text in _examples(intent)
    for value, entity in ANNOTATION.findall(text)
]


@pytest.mark.parametrize(("text", "value", "entity"), ANNOTATED, ids=[f"{e}:{v}" for _, v, e in ANNOTATED])
def test_every_annotated_entity_normalises(text: str, value: str, entity: str) -> None:
    normalise = {
        "year": lambda v: normalise_year(v, TODAY),
        "month": normalise_month,
        "country": normalise_country,
        "profile": normalise_profile,
        "figure_type": lambda v: parse_question(v, today=TODAY).kinds or None,
    }[entity]
    assert normalise(value) is not None, f"{value!r} ({entity}) in {text!r}"


def test_enough_examples_and_every_entity_annotated() -> None:
    assert len(_examples("ask_figure")) >= 250
    assert {e for _, _, e in ANNOTATED} == {"year", "month", "country", "profile", "figure_type"}


def test_the_follow_up_examples_are_recognised_as_follow_ups() -> None:
    blocks = [block for block in NLU if block.get("intent") == "ask_figure"]
    assert len(blocks) == 2, "full questions, then follow-ups"
    for text in _lines(blocks[1]):
        plain = ANNOTATION.sub(r"\1", text)
        assert parse_question(plain, today=TODAY).followup, plain


def test_every_example_is_taken_for_a_figure_question() -> None:
    for text in _examples("ask_figure"):
        plain = ANNOTATION.sub(r"\1", text)
        assert parse_question(plain, today=TODAY).asks_figure, plain
