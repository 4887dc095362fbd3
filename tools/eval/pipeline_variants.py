"""Write the NLU pipeline variants that `make compare` trains and evaluates.

Each variant is config.yml with one change, so the comparison never drifts from the real config:
- whitespace: config.yml as it is (WhitespaceTokenizer);
- spacy: the WhitespaceTokenizer replaced by SpacyNLP (the saved `spacy.blank("nl")` pipeline with
  lookup lemmas, built by `make install`) and the SpacyTokenizer.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml

SPACY_MODEL = ".cache/spacy-nl"


def spacy_variant(config: dict[str, Any]) -> dict[str, Any]:
    """config.yml with spaCy's Dutch tokenizer and lemmas instead of the WhitespaceTokenizer."""
    variant = copy.deepcopy(config)
    pipeline: list[dict[str, Any]] = []
    for component in variant["pipeline"]:
        if component["name"] in ("WhitespaceTokenizer", "components.tokenizer.BoundedWhitespaceTokenizer"):
            pipeline += [{"name": "SpacyNLP", "model": SPACY_MODEL}, {"name": "SpacyTokenizer"}]
        else:
            pipeline.append(component)
    variant["pipeline"] = pipeline
    return variant


def main(argv: list[str]) -> int:
    """Usage: python -m tools.eval.pipeline_variants OUT_DIR"""
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    config = yaml.safe_load(Path("config.yml").read_text(encoding="utf-8"))
    for name, variant in (("whitespace", config), ("spacy", spacy_variant(config))):
        (out / f"{name}.yml").write_text(yaml.safe_dump(variant, sort_keys=False, allow_unicode=True), encoding="utf-8")
        print(out / f"{name}.yml")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
