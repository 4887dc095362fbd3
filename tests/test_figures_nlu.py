"""data/nlu/figures.yml and the generated data/nlu/figures_lookups.yml (tools/nlu.py, `make nlu`)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from bot.figures.parse import normalise_country, normalise_month, normalise_year, parse_question
from tests.figures_support import ROOT, TODAY
from tools import nlu

NLU = yaml.safe_load((ROOT / "data" / "nlu" / "figures.yml").read_text(encoding="utf-8"))["nlu"]
LOOKUPS = yaml.safe_load(nlu.OUTPUT.read_text(encoding="utf-8"))["nlu"]
ANNOTATION = re.compile(r"\[([^\]]+)\]\((\w+)\)")


def _lines(block: dict[str, Any]) -> list[str]:
    return [line[2:].strip() for line in block["examples"].splitlines() if line.startswith("- ")]


def _examples(intent: str) -> list[str]:
    return [line for block in NLU if block.get("intent") == intent for line in _lines(block)]


def test_the_generated_file_is_up_to_date() -> None:
    assert nlu.OUTPUT.read_text(encoding="utf-8") == nlu.render(), "run `make nlu`"
    assert nlu.main(["--check"]) == 0


def test_the_generated_file_holds_the_lookup_tables_and_synonyms_of_the_vocabulary() -> None:
    tables = {block["lookup"]: _lines(block) for block in LOOKUPS if "lookup" in block}
    synonyms = {block["synonym"]: _lines(block) for block in LOOKUPS if "synonym" in block}
    assert tables == nlu.lookup_tables() and list(tables) == ["year", "month", "country"]
    assert synonyms == nlu.synonyms()
    assert "Marokko" in tables["country"] and "Ethiopie" in tables["country"] and "vorig jaar" in tables["year"]
    assert not [block for block in NLU if "lookup" in block or "synonym" in block], "only in the generated file"


def test_the_year_regex_finds_years() -> None:
    (regex,) = [_lines(block)[0] for block in NLU if block.get("regex") == "year"]
    assert re.search(regex, "in 2023?") and re.search(regex, "1999") and not re.search(regex, "2.952 of 20233")


ANNOTATED = [(text, value, entity) for text in _examples("ask_figure") for value, entity in ANNOTATION.findall(text)]


def test_every_annotated_entity_normalises() -> None:
    normalise = {"year": lambda v: normalise_year(v, TODAY), "month": normalise_month, "country": normalise_country}
    failing = [(entity, value, text) for text, value, entity in ANNOTATED if normalise[entity](value) is None]
    assert len(ANNOTATED) > 300
    assert failing == [], f"{len(failing)} of {len(ANNOTATED)} annotations do not normalise"


def test_enough_examples_and_only_the_entities_the_pipeline_extracts() -> None:
    assert len(_examples("ask_figure")) >= 250
    assert {e for _, _, e in ANNOTATED} == {"year", "month", "country"}


def test_the_follow_up_examples_are_recognised_as_follow_ups() -> None:
    blocks = [block for block in NLU if block.get("intent") == "ask_figure"]
    assert len(blocks) == 2, "full questions, then follow-ups"
    plain = [ANNOTATION.sub(r"\1", text) for text in _lines(blocks[1])]
    failing = [text for text in plain if not parse_question(text, today=TODAY).followup]
    assert failing == [], f"{len(failing)} of {len(plain)} follow-ups not recognised"


def test_every_example_is_taken_for_a_figure_question() -> None:
    plain = [ANNOTATION.sub(r"\1", text) for text in _examples("ask_figure")]
    failing = [text for text in plain if not parse_question(text, today=TODAY).asks_figure]
    assert failing == [], f"{len(failing)} of {len(plain)} examples not taken for a figure question"
