"""The featurizing part of training, as Rasa's train graph runs it (`make bench-processing`).

Rasa trains each featurizer of config.yml, lets it process all training data, and then fingerprints the
node's output for its cache; the fingerprint re-hashes every token of every example. This runs the same
steps on data/ (tokenizer, then each featurizer's train, process and fingerprint) and prints the
seconds of each. `--plain-tokens` uses Rasa's own Token instead of components.tokenizer.FingerprintedToken,
to compare the two with farm-bench. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.featurizers.sparse_featurizer.lexical_syntactic_featurizer import LexicalSyntacticFeaturizer
from rasa.nlu.featurizers.sparse_featurizer.regex_featurizer import RegexFeaturizer
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.importers.importer import TrainingDataImporter
from rasa.shared.nlu.training_data.message import Message

import components.tokenizer
from components.tokenizer import BoundedWhitespaceTokenizer

ROOT = Path(__file__).resolve().parent.parent
FEATURIZERS = {
    "RegexFeaturizer": RegexFeaturizer,
    "LexicalSyntacticFeaturizer": LexicalSyntacticFeaturizer,
    "CountVectorsFeaturizer": CountVectorsFeaturizer,
}


class _PlainToken(Token):
    """Rasa's Token, built the way FingerprintedToken is (for --plain-tokens)."""

    @classmethod
    def of(cls, token: Token) -> Token:
        return Token(token.text, token.start, token.end, token.data, token.lemma)


def _reset(examples: list[Message]) -> None:
    for example in examples:
        example._cached_fingerprint = None  # what Message.set does when a featurizer adds features


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plain-tokens", action="store_true", help="Rasa's Token, no stored fingerprint")
    args = parser.parse_args(argv)
    if args.plain_tokens:
        components.tokenizer.FingerprintedToken = _PlainToken  # type: ignore[misc]
    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")]
    )
    data = importer.get_nlu_data()
    pipeline: list[dict[str, Any]] = importer.get_config()["pipeline"]
    storage = LocalModelStorage(Path(tempfile.mkdtemp()))
    context = ExecutionContext(GraphSchema({}), "bench")
    total = time.perf_counter()
    start = time.perf_counter()
    tokenizer = BoundedWhitespaceTokenizer.create(
        BoundedWhitespaceTokenizer.get_default_config(), storage, Resource("tokenizer"), context
    )
    tokenizer.process_training_data(data)
    data.fingerprint()
    print(f"{'tokenizer':28} {time.perf_counter() - start:5.1f} s")
    for i, step in enumerate(pipeline):
        cls = FEATURIZERS.get(step["name"])
        if cls is None:
            continue
        start = time.perf_counter()
        config = {**cls.get_default_config(), **{k: v for k, v in step.items() if k != "name"}}
        featurizer = cls.create(config, storage, Resource(f"f{i}"), context)
        featurizer.train(data)
        featurizer.process_training_data(data)
        _reset(data.training_examples)
        data.fingerprint()
        print(f"{step['name']:28} {time.perf_counter() - start:5.1f} s")
    print(f"{'all':28} {time.perf_counter() - total:5.1f} s ({len(data.training_examples)} examples)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
