"""Write the NLU pipeline variants that `make compare` trains and evaluates.

Each variant is config.yml with one change, so the comparison never drifts from the real config:
- spacy: config.yml as it is (spaCy Dutch tokenizer with lookup lemmas);
- whitespace: SpacyNLP and SpacyTokenizer replaced by the WhitespaceTokenizer.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml


def whitespace_variant(config: dict[str, Any]) -> dict[str, Any]:
    """config.yml with the WhitespaceTokenizer instead of spaCy."""
    variant = copy.deepcopy(config)
    pipeline = [c for c in variant["pipeline"] if c["name"] != "SpacyNLP"]
    variant["pipeline"] = [{"name": "WhitespaceTokenizer"} if c["name"] == "SpacyTokenizer" else c for c in pipeline]
    return variant


def main(argv: list[str]) -> int:
    """Usage: python -m tests.eval.pipeline_variants OUT_DIR"""
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    config = yaml.safe_load(Path("config.yml").read_text(encoding="utf-8"))
    for name, variant in (("spacy", config), ("whitespace", whitespace_variant(config))):
        (out / f"{name}.yml").write_text(yaml.safe_dump(variant, sort_keys=False, allow_unicode=True), encoding="utf-8")
        print(out / f"{name}.yml")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
