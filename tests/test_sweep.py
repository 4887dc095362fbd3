"""The threshold sweep replays the fallback decisions the way the pipeline makes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import faq
from tools.eval.sweep import (
    FALLBACK,
    Parsed,
    Thresholds,
    current_thresholds,
    decide,
    oos_answered,
    score,
    suggestion_hits,
    to_parsed,
)

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
        # one DIET intent per topic (variant b): the topic intent is the answer
        (Parsed("faq/luggage", (("ask_luggage", 0.8), ("thank", 0.1)), None, 0.0), "faq/luggage"),
        (Parsed("faq/luggage", (("ask_luggage", 0.4), ("thank", 0.1)), None, 0.0), FALLBACK),
        # the nearest training example's second opinion (bot.faq.second_opinion)
        (Parsed("faq/luggage", (("faq", 0.99),), "faq/luggage", 0.2, (), "faq/luggage", 0.7), "faq/luggage"),
        (Parsed("faq/luggage", (("faq", 0.99),), "faq/luggage", 0.2, (), "faq/costs", 0.9), FALLBACK),
        (Parsed("faq/luggage", (("out_of_scope", 0.99),), "faq/luggage", 0.9, (), "faq/luggage", 0.7), "faq/luggage"),
        (Parsed("out_of_scope", (("out_of_scope", 0.99),), "faq/costs", 0.9, (), "out_of_scope", 0.9), "out_of_scope"),
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


def test_suggestion_hits_count_faq_fallbacks_with_their_topic_among_the_buttons() -> None:
    ranking = (("faq/costs", 0.25), ("faq/luggage", 0.2), ("faq/iom", 0.1), ("faq/departure", 0.05))
    parsed = [
        Parsed("faq/iom", (("faq", 1.0),), "faq/costs", 0.25, ranking),  # fallback, 3rd button: hit
        Parsed("faq/departure", (("faq", 1.0),), "faq/costs", 0.25, ranking),  # fallback, 4th: miss
        Parsed("faq/costs", (("faq", 1.0),), "faq/costs", 0.9, ranking),  # answered: not counted
        Parsed("out_of_scope", (("faq", 1.0),), "faq/costs", 0.2, ranking),  # not an FAQ question
    ]
    assert suggestion_hits(parsed, T) == (2, 1)


def test_oos_answered_is_the_share_of_out_of_scope_questions_given_a_brochure_answer() -> None:
    parsed = [
        Parsed("out_of_scope", (("faq", 1.0),), "faq/iom", 0.9),
        Parsed("out_of_scope", (("out_of_scope", 0.9),), None, 0.0),
        Parsed("faq/iom", (("faq", 1.0),), "faq/costs", 0.9),
    ]
    assert oos_answered(parsed, T) == 0.5


def test_to_parsed_keeps_the_topic_ranking_for_suggestions() -> None:
    selector = {"faq": {"response": {"intent_response_key": "faq/iom", "confidence": 0.3},
                        "ranking": [{"intent_response_key": "faq/iom", "confidence": 0.3},
                                    {"intent_response_key": "faq/caritas", "confidence": 0.2}]}}
    result = {"intent_ranking": [{"name": "faq", "confidence": 1.0}], "response_selector": selector}
    parsed = to_parsed("faq/iom", result)
    assert parsed.candidates == (("faq/iom", 0.3), ("faq/caritas", 0.2))
    per_topic = to_parsed("faq/iom", {"intent_ranking": [{"name": "ask_iom", "confidence": 0.6},
                                                         {"name": "greet", "confidence": 0.3}]})
    assert per_topic.candidates == (("ask_iom", 0.6),)


def test_the_thresholds_in_use_are_config_yml_s_and_bot_faq_s_selector_threshold(tmp_path: Path) -> None:
    now = current_thresholds(Path(__file__).resolve().parent.parent / "config.yml")
    assert now.selector == faq.SELECTOR_THRESHOLD  # config.yml names no second value
    written = tmp_path / "config.yml"
    written.write_text(
        "pipeline:\n- name: FallbackClassifier\n  threshold: 0.3\n  ambiguity_threshold: 0.1\n"
        "- name: components.faq_fallback.FaqSelectorFallback\n  threshold: 0.6\n",
        encoding="utf-8",
    )
    assert current_thresholds(written) == Thresholds(0.3, 0.1, 0.6)
