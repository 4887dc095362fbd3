"""The validation wrapper accepts exactly the two known false alarms, for the names they concern."""

from __future__ import annotations

import pytest

from tools.validate_data import is_false_alarm

UTTERED = frozenset({"utter_figure_total"})
RETRIEVAL = frozenset({"faq"})


@pytest.mark.parametrize(
    ("message", "accepted"),
    [
        ("The utterance 'utter_figure_total' is not used in any story or rule.", True),
        ("The utterance 'utter_forgotten' is not used in any story or rule.", False),
        ("The following duplicated intents have been found across multiple domain files: faq", True),
        ("The following duplicated intents have been found across multiple domain files: faq, greet", False),
        ("The intent 'greet' is not used in any story or rule.", False),
        ("Issue found in 'data/rules/dialogue.yml': \nFound intent 'faq' in stories which is not part of the domain.",
         False),
        ("", False),
    ],
)
def test_only_known_false_alarms_pass(message: str, accepted: bool) -> None:
    assert is_false_alarm(message, UTTERED, RETRIEVAL) is accepted


def test_responses_uttered_by_actions_exist(domain: dict) -> None:
    from actions import UTTERED_RESPONSES

    assert set(domain["responses"]) >= UTTERED_RESPONSES
