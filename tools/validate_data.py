"""`make validate`: Rasa's data validation, failing on every warning but two proven false alarms.

Rasa 3.6's validator warns about two things that are right by design in this project:
- "The utterance 'utter_x' is not used in any story or rule" for responses that custom actions
  utter (`dispatcher.utter_message(response=...)`): the validator only looks at stories and rules.
  Only names in `actions.UTTERED_RESPONSES` are accepted, and tests check that list against
  what the actions really utter.
- "duplicated intents ... across multiple domain files" for the retrieval intent `faq`: the story
  reader needs it in domain.yml, and Rasa's ResponsesSyncImporter adds it a second time.
- "The intent 'x' is listed in the domain file, but is not found in the NLU training data" for
  the intents that components set (`components.COMPONENT_INTENTS`), never the model.
Every other warning fails the run.
"""

from __future__ import annotations

import re
import sys
import warnings

EXPECTED_UNUSED = re.compile(r"The utterance '(?P<name>[^']+)' is not used in any story or rule\.")
EXPECTED_NO_EXAMPLES = re.compile(
    r"The intent '(?P<name>[^']+)' is listed in the domain file, but is not found in the NLU training data\."
)
EXPECTED_DUPLICATE = re.compile(
    r"The following duplicated intents have been found across multiple domain files: (?P<names>.+)"
)


def is_false_alarm(
    message: str,
    uttered_by_actions: frozenset[str],
    retrieval_intents: frozenset[str],
    component_intents: frozenset[str] = frozenset(),
) -> bool:
    """True for the known false alarms, and only for the names they may concern."""
    first_line = message.strip().splitlines()[0] if message.strip() else ""
    no_examples = EXPECTED_NO_EXAMPLES.fullmatch(first_line)
    if no_examples:
        return no_examples.group("name") in component_intents
    unused = EXPECTED_UNUSED.fullmatch(first_line)
    if unused:
        return unused.group("name") in uttered_by_actions
    duplicate = EXPECTED_DUPLICATE.fullmatch(first_line)
    if duplicate:
        return {n.strip() for n in duplicate.group("names").split(",")} <= retrieval_intents
    return False


def main() -> int:
    """Run Rasa's validator on config.yml, domain.yml and data/; exit 1 on any real warning."""
    from rasa.cli.utils import validate_files
    from rasa.shared.importers.importer import TrainingDataImporter
    from rasa.utils.common import EXPECTED_WARNINGS

    from actions import UTTERED_RESPONSES
    from components import COMPONENT_INTENTS
    from components import UTTERED_RESPONSES as COMPONENT_RESPONSES

    importer = TrainingDataImporter.load_from_config(
        config_path="config.yml", domain_path="domain.yml", training_data_paths=["data"]
    )
    retrieval_intents = frozenset(importer.get_nlu_data().retrieval_intents)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for category, pattern in EXPECTED_WARNINGS:  # what `rasa data validate` itself filters out
            warnings.filterwarnings("ignore", message=pattern, category=category)
        validate_files(fail_on_warnings=False, max_history=None, importer=importer)
    real = [
        w for w in caught
        if issubclass(w.category, UserWarning)
        and not issubclass(w.category, DeprecationWarning)
        and "rasa" in (w.filename or "")
        and not is_false_alarm(
            str(w.message), UTTERED_RESPONSES | COMPONENT_RESPONSES, retrieval_intents, COMPONENT_INTENTS
        )
    ]
    for w in real:
        print(f"WARNING: {w.message}", file=sys.stderr)
    print(f"validate: {len(real)} warning(s)")
    return 1 if real else 0


if __name__ == "__main__":
    sys.exit(main())
