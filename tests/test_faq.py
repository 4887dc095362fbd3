"""bot/faq.py and the FAQ responses in domain.yml."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot import faq
from tests.figures_support import SOURCES as SHARED  # ../shared next to the checkout, or FIGURES_SOURCES_DIR


def _source_text() -> str:
    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "sources").glob("*.md"))
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def _texts(domain: dict[str, Any]) -> dict[str, list[str]]:
    return {name: [v.get("text", "") for v in variants] for name, variants in domain["responses"].items()}


def test_every_topic_has_exactly_one_answer(domain: dict[str, Any]) -> None:
    answers = {name.split("/", 1)[1] for name in domain["responses"] if name.startswith("utter_faq/")}
    assert answers == set(faq.TOPIC_KEYS)


def test_topic_keys_are_unique() -> None:
    assert len(faq.TOPIC_KEYS) == len(faq.TOPICS)


@pytest.mark.parametrize("topic", faq.TOPICS, ids=lambda t: t.key)
def test_topic_source_names_a_seed_that_exists(topic: faq.Topic) -> None:
    names = re.findall(r"\d{3}_[0-9a-f]{16}\.txt", topic.source)
    assert names, f"{topic.key}: no seed file named in {topic.source!r}"
    for name in names:
        assert (SHARED / "seeds" / name).is_file(), name


@pytest.mark.parametrize("topic", faq.TOPICS, ids=lambda t: t.key)
def test_answers_are_short_plain_and_free_of_amounts(topic: faq.Topic, domain: dict[str, Any]) -> None:
    for text in _texts(domain)[faq.response_name(topic.key)]:
        assert len(text.split()) <= 85, f"{topic.key}: {len(text.split())} words"
        assert not re.search(r"€|\beuro\b|\bEUR\b", text, re.IGNORECASE), "an amount the sources do not give"


def test_contact_details_in_answers_come_from_the_sources(domain: dict[str, Any]) -> None:
    sources = _source_text()
    found = set()
    for variants in _texts(domain).values():
        for text in variants:
            found.update(re.findall(r"www\.[\w./-]*\w|[\w.]+@[\w.]+\w|\+?\d[\d ]{7,}\d", text))
    assert found, "no contact detail found at all"
    for detail in found:
        assert detail in sources, f"{detail!r} is not in the sources"


def test_buttons_ask_for_known_topics(domain: dict[str, Any]) -> None:
    """Payloads reach the user as `/faq{"topic": "<key>"}` once Rasa has filled the response."""
    from rasa.core.nlg import interpolator

    slots = {"topic": None, "session_started_metadata": None}
    buttons = [
        (name, button)
        for name, variants in domain["responses"].items()
        for variant in variants
        for button in variant.get("buttons", [])
    ]
    assert buttons
    raw = [button["payload"] for _, button in buttons]
    for name, button in buttons:
        payload = interpolator.interpolate(button["payload"], slots)
        if not payload.startswith("/faq"):
            # intake (issue 12): the greeting's "Intake voor een cliënt" and the intake questions'
            # plain-text answers (checked against the parser in tests/intake/test_parse.py).
            assert payload == "/start_intake" or name.startswith("utter_ask_intake_"), (name, payload)
            assert "{" not in button["payload"], payload
            continue
        assert payload not in raw, f"{payload}: braces not doubled, Rasa would log an error filling it"
        match = re.fullmatch(r'/faq\{"topic": "(\w+)"\}', payload)
        assert match, payload
        assert button["title"] == faq.topic_by_key(match.group(1)).label


@pytest.mark.parametrize(
    ("intent", "confidence", "expected"),
    [
        ("faq/what_is", 0.93, "what_is"),
        ("faq/luggage", faq.SELECTOR_THRESHOLD, "luggage"),
        ("faq/luggage", faq.SELECTOR_THRESHOLD - 0.01, None),
        ("faq/not_a_topic", 0.99, None),
        ("faq", 0.99, None),
        (None, 0.0, None),
    ],
)
def test_decide_faq(intent: str | None, confidence: float, expected: str | None) -> None:
    assert faq.decide_faq(intent, confidence) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [(["departure"], "departure"), (["nonsense", "contact"], "contact"), (["nonsense"], None), ([], None)],
)
def test_selected_topic(values: list[str], expected: str | None) -> None:
    assert faq.selected_topic(values) == expected


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        ("reintegration_support", "reintegration_entitled"),
        ("reintegration_followup", "reintegration_entitled"),
        ("reception_before_return", "reception_before_return"),
        ("premium_amount", "premium_amount"),
        ("what_is", "eligibility"),
        (None, "eligibility"),
    ],
)
def test_entitlement_topic(previous: str | None, expected: str) -> None:
    assert faq.entitlement_topic(previous) == expected


def test_entitlement_followups_point_to_known_topics() -> None:
    assert set(faq.ENTITLEMENT_FOLLOWUP) | set(faq.ENTITLEMENT_FOLLOWUP.values()) <= faq.TOPIC_KEYS


@pytest.mark.parametrize(
    ("responses", "expected"),
    [
        (["utter_greet", "utter_faq/departure", "utter_thank"], "departure"),
        (["utter_faq/what_is", "utter_faq/luggage"], "luggage"),
        (["utter_faq/not_a_topic"], None),
        (["utter_greet", ""], None),
        ([], None),
    ],
)
def test_last_answered_topic(responses: list[str], expected: str | None) -> None:
    assert faq.last_answered_topic(responses) == expected


# ------------------------------------------------------------------ "Bedoel je...?" (issue 11)
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("faq/luggage", "luggage"),
        ("ask_luggage", "luggage"),  # the per-topic intents of the compared variant (b)
        ("faq/not_a_topic", None),
        ("ask_entitlement", None),
        ("ask_figure", None),
        ("greet", None),
        (None, None),
    ],
)
def test_topic_of_intent(intent: str | None, expected: str | None) -> None:
    assert faq.topic_of_intent(intent) == expected


def test_suggest_topics_orders_by_confidence_and_skips_unknown_duplicate_and_weak() -> None:
    ranking = [
        ("faq/costs", 0.2),
        ("greet", 0.9),
        ("faq/where_to_apply", 0.35),
        ("ask_where_to_apply", 0.3),
        ("faq/not_a_topic", 0.25),
        ("faq/luggage", 0.1),
        ("faq/iom", faq.SUGGESTION_FLOOR / 2),
    ]
    assert faq.suggest_topics(ranking) == ["where_to_apply", "costs", "luggage"]
    assert faq.suggest_topics(ranking, k=2) == ["where_to_apply", "costs"]
    assert faq.suggest_topics([("faq/iom", faq.SUGGESTION_FLOOR / 2), ("thank", 0.9)]) == []


def test_topic_ranking_prefers_the_response_selector() -> None:
    parse = {
        "intent_ranking": [{"name": "faq", "confidence": 1.0}],
        "response_selector": {
            "faq": {
                "ranking": [
                    {"intent_response_key": "faq/costs", "confidence": 0.3},
                    {"intent_response_key": "faq/luggage", "confidence": 0.2},
                ]
            }
        },
    }
    assert faq.topic_ranking(parse) == [("faq/costs", 0.3), ("faq/luggage", 0.2)]
    without_selector = {"intent_ranking": [{"name": "ask_costs", "confidence": 0.6}]}
    assert faq.topic_ranking(without_selector) == [("ask_costs", 0.6)]
    assert faq.topic_ranking({}) == []


def test_suggestion_buttons_use_the_topic_labels_and_end_with_something_else() -> None:
    buttons = faq.suggestion_buttons(["costs", "luggage"])
    assert buttons == [
        {"title": faq.topic_by_key("costs").label, "payload": '/faq{"topic": "costs"}'},
        {"title": faq.topic_by_key("luggage").label, "payload": '/faq{"topic": "luggage"}'},
        {"title": "Iets anders", "payload": "/deny_suggestions"},
    ]


def test_something_else_payload_is_an_intent_of_the_domain(domain: dict[str, Any]) -> None:
    assert faq.SOMETHING_ELSE_PAYLOAD.lstrip("/") in domain["intents"]


def test_confident_topic_reads_only_a_well_formed_selector_result() -> None:
    good = {"response_selector": {"faq": {"response": {"intent_response_key": "faq/costs", "confidence": 0.9}}}}
    assert faq.confident_topic(good) == "costs"
    assert faq.confident_topic({"response_selector": {"faq": {"response": {"intent_response_key": "faq/costs",
                                                                           "confidence": 0.1}}}}) is None
    for broken in ({}, {"response_selector": []}, {"response_selector": {"faq": {"response": "x"}}},
                   {"response_selector": {"faq": {"response": {"intent_response_key": 3, "confidence": 0.9}}}},
                   {"response_selector": {"faq": {"response": {"intent_response_key": "faq/costs",
                                                                "confidence": True}}}}):
        assert faq.confident_topic(broken) is None


def test_followup_topic_needs_an_faq_answer_before_it_and_a_word_that_points_back() -> None:
    parse = {"text": "en wie volgt hem daar op?",
             "response_selector": {"faq": {"response": {"intent_response_key": "faq/reintegration_followup",
                                                         "confidence": 0.95}}}}
    assert faq.followup_topic(parse, ["utter_greet", "utter_faq/reintegration_support"]) == "reintegration_followup"
    assert faq.followup_topic(parse, ["utter_faq/reintegration_support", "utter_figure_total"]) is None
    assert faq.followup_topic({**parse, "text": "en wie volgt op?"}, ["utter_faq/reintegration_support"]) is None
    assert faq.followup_topic({**parse, "text": None}, ["utter_faq/reintegration_support"]) is None
