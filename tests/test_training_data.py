"""The training data's shape: regex features are patterns, and no sentence hides in a feature block."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# A regex feature uses at least one regex construct; a training sentence that slipped into a
# `- regex:` block (a merge that appended to the file's last block) has none.
REGEX_CONSTRUCT = re.compile(r"\\[bdswBDSW]|[()\[\]|*+?]")


def _blocks(kind: str) -> list[tuple[str, str, list[str]]]:
    found = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            if kind in block:
                lines = [line.strip()[2:] for line in str(block.get("examples", "")).splitlines() if line.strip()]
                found.append((path.name, str(block[kind]), lines))
    return found


def test_every_regex_feature_is_a_pattern_and_compiles() -> None:
    bad = [
        (name, feature, line)
        for name, feature, lines in _blocks("regex")
        for line in lines
        if not REGEX_CONSTRUCT.search(line)
    ]
    assert bad == []
    for _name, _feature, lines in _blocks("regex"):
        for line in lines:
            re.compile(line)


def test_the_out_of_scope_intent_has_its_examples() -> None:
    counts = {intent: len(lines) for _name, intent, lines in _blocks("intent")}
    assert counts["out_of_scope"] >= 900
