"""Build the Dutch spaCy pipeline that Rasa's SpacyNLP loads from a folder.

spaCy's trained Dutch pipelines cannot be installed here, so we save `spacy.blank("nl")`
with the lookup lemmatizer whose tables come from spacy-lookups-data. The tables are saved
inside the pipeline, so loading it needs no network and no lookups package.

Usage: python -m bot.spacy_pipeline OUTPUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path


def build(output_dir: Path) -> Path:
    """Create the blank Dutch pipeline with a lookup lemmatizer and save it."""
    import spacy  # imported here so that importing `bot` stays cheap

    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    output_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output_dir)
    return output_dir


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    build(Path(argv[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
