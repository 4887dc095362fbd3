"""The threshold sweep replays the fallback decisions the way the pipeline makes them."""

from __future__ import annotations

import pytest

from tools.eval.sweep import FALLBACK, Parsed, Thresholds, decide, score, to_parsed

T = Thresholds(nlu=0.45, ambiguity=0.05, selector=0.3)


@pytest.mark.parametrize(
    ("parsed", "expected"),
    [
        (Parsed("faq/luggage", (("faq", 0.99), ("thank", 0.01)), "faq/luggage", 0.8), "faq/luggage"),
        (Parsed("faq/luggage", (("faq", 0.99), ("thank", 0.01)), "faq/luggage", 0.2), FALLBACK),
        (Parsed("thank", (("thank", 0.40), ("faq", 0.30)), None, 0.0), FALLBACK),
        (Parsed("thank", (("thank", 0.50), ("faq", 0.47)), None, 0.0), FALLBACK),
        (Parsed("thank", (("thank", 0.90), ("faq", 0.05)), "faq/costs", 0.9), "thank"),
        (Parsed("greet", (), None, 0.0), FALLBACK),
    ],
)
def test_decide(parsed: Parsed, expected: str) -> None:
    assert decide(parsed, T) == expected


def test_score_counts_right_declined_and_wrong() -> None:
    parsed = [
        Parsed("faq/costs", (("faq", 1.0),), "faq/costs", 0.9),  # right
        Parsed("faq/costs", (("faq", 1.0),), "faq/luggage", 0.9),  # wrong brochure answer
        Parsed("out_of_scope", (("out_of_scope", 0.9),), None, 0.0),  # declined
        Parsed("out_of_scope", (("faq", 1.0),), "faq/iom", 0.9),  # answered: wrong
    ]
    assert score(parsed, T) == (0.5, 0.5, 0.5)


def test_to_parsed_ignores_the_fallback_intent() -> None:
    result = {
        "intent_ranking": [
            {"name": "nlu_fallback", "confidence": 0.5},
            {"name": "faq", "confidence": 0.4},
        ],
        "response_selector": {"faq": {"response": {"intent_response_key": "faq/iom", "confidence": 0.7}}},
    }
    assert to_parsed("faq/iom", result) == Parsed("faq/iom", (("faq", 0.4),), "faq/iom", 0.7)
