"""FAQ topics, where each answer comes from, and the dialogue decisions around them.

Pure functions: `actions/faq.py` and `components/faq_fallback.py` pass in what they read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

BROCHURE = "003_0a9d2a51593d2a7c.txt"
FIGURES_2014 = "000_569f48e620c55a7a.txt"
FIGURES_2025 = "001_0f651401ff3e40b0.txt"
PRESS_2023 = "002_b3731b12a98c38f7.txt"
REPORT_2023 = "004_036bdb800709a3cc.txt"


@dataclass(frozen=True)
class Topic:
    """One FAQ answer: its key (``faq/<key>``), a short button label and its source."""

    key: str
    label: str
    source: str  # seed file and section the answer is written from


TOPICS: tuple[Topic, ...] = (
    Topic("what_is", "Wat is vrijwillige terugkeer?", f"{BROCHURE} §1"),
    Topic("voluntary_vs_forced", "Vrijwillig of gedwongen?", f"{BROCHURE} §2"),
    Topic("eligibility", "Wie kan terugkeren?", f"{BROCHURE} §3; {FIGURES_2025} intro"),
    Topic("outreach", "Hoe word je geïnformeerd?", f"{BROCHURE} §4 (opvangnetwerk, buiten het netwerk, CONEX)"),
    Topic("where_to_apply", "Waar vraag je het aan?", f"{BROCHURE} §5 and 'Sociale begeleiding'"),
    Topic("reintegration_support", "Re-integratiesteun", f"{BROCHURE} §6; {PRESS_2023}"),
    Topic(
        "reintegration_entitled",
        "Wie krijgt re-integratiesteun?",
        f"{BROCHURE} §7; shared/sources/fedasil-nieuws.md 2025 (Brazilië, Moldavië)",
    ),
    Topic("reception_before_return", "Opvang tot het vertrek", f"{BROCHURE} §8"),
    Topic("open_return_places", "Open terugkeerplaatsen", f"{BROCHURE} §9 and §4; {REPORT_2023} (360 plaatsen)"),
    Topic("trip_organisation", "Wie regelt de reis?", f"{BROCHURE} §10"),
    Topic("travel_documents", "Reisdocumenten", f"{BROCHURE} §11"),
    Topic("departure", "Hoe gaat het vertrek?", f"{BROCHURE} §12 and 'Bij aankomst'"),
    Topic("reintegration_followup", "Opvolging na de terugkeer", f"{BROCHURE} §13"),
    Topic("testimonies", "Getuigenissen", f"{BROCHURE} §14"),
    Topic("costs", "Moet ik betalen?", f"{BROCHURE} §1, §11, §12"),
    Topic("luggage", "Bagage", f"{BROCHURE} §12"),
    Topic("confidentiality", "Vertrouwelijk?", f"{BROCHURE} 'Strikt vertrouwelijk'"),
    Topic("change_mind", "Van gedachten veranderen", f"{BROCHURE} 'Een geïnformeerde keuze'"),
    Topic("premium_amount", "Hoeveel is de premie?", f"{BROCHURE} §1, §12 (no amount in the sources)"),
    Topic("contact", "Contact", f"{BROCHURE} 'Meer weten', back cover"),
    Topic("return_desk_cities", "Terugkeerloketten", f"{BROCHURE} §4-5 (map); shared/sources/fedasil-nieuws.md notes"),
    Topic("iom", "Wat is IOM?", f"{BROCHURE} 'Organisaties', §6, §10"),
    Topic("caritas", "Wat is Caritas?", f"{BROCHURE} 'Organisaties', §6, §13"),
    Topic("funding", "Wie betaalt het programma?", f"{BROCHURE} 'Europese financiering'; {PRESS_2023}"),
    Topic("dublin", "Dublin-terugkeer", f"{FIGURES_2014} note *; {PRESS_2023} note *; {REPORT_2023} 'Opmerking'"),
    Topic("fedasil", "Wat is Fedasil?", f"{BROCHURE} 'Fedasil'; {REPORT_2023} back cover"),
    Topic("for_partners", "Voor organisaties", f"{BROCHURE} 'Meer weten' (nieuwsbrief, brochures, opleiding)"),
)

TOPIC_KEYS: frozenset[str] = frozenset(t.key for t in TOPICS)

# "Wie heeft daar recht op?" after an answer: which answer fits that follow-up.
ENTITLEMENT_FOLLOWUP: Mapping[str, str] = {
    "reintegration_support": "reintegration_entitled",
    "reintegration_followup": "reintegration_entitled",
    "reintegration_entitled": "reintegration_entitled",
    "testimonies": "reintegration_entitled",
    "reception_before_return": "reception_before_return",
    "open_return_places": "open_return_places",
    "premium_amount": "premium_amount",
    "departure": "premium_amount",
}
DEFAULT_ENTITLEMENT_TOPIC = "eligibility"

# Words of a message that points back at the answer before it (a thing or the client).
POINTING_WORDS: frozenset[str] = frozenset(
    {"dat", "dit", "die", "daar", "daarvan", "daarmee", "hij", "zij", "ze", "hem", "haar", "zijn", "cliënt", "cliënte"}
)

# Below this ResponseSelector confidence an FAQ answer is not given ("Bedoel je...?" instead).
# 0.45, chosen on the four development sets over three seeds (docs/understanding.md, 2026-12-03):
# at 0.4 1.1% of their out-of-scope questions got a brochure answer, at 0.45 0.5%, the ceiling.
SELECTOR_THRESHOLD = 0.45

# A second opinion from the nearest training example (bot/nearest.py), chosen on the five
# development sets pooled over three seeds (docs/understanding.md, 2026-12-03):
# - an FAQ question below SELECTOR_THRESHOLD is still answered when the nearest example has the
#   selector's topic and a similarity of at least NEAREST_AGREES (0.5 answered 0.3 points more,
#   and "Wat is het verschil tussen een krokodil en een alligator?" with the voluntary_vs_forced
#   answer; 0.6 added no brochure answer to an out-of-scope question on any seed);
# - a question DIET calls out of scope is answered when the selector is at least
#   OUT_OF_SCOPE_OVERRULED sure of a topic and the nearest example (similarity at least
#   NEAREST_OVERRULES) has that topic too.
NEAREST_AGREES = 0.6
OUT_OF_SCOPE_OVERRULED = 0.8
NEAREST_OVERRULES = 0.6

# "Bedoel je...?": how many topics to offer, and the lowest confidence a suggestion may have.
SUGGESTIONS = 3
SUGGESTION_FLOOR = 0.02
# The last "Bedoel je...?" button: none of these topics (intent deny_suggestions).
SOMETHING_ELSE_LABEL = "Iets anders"
SOMETHING_ELSE_PAYLOAD = "/deny_suggestions"


def topic_by_key(key: str) -> Topic:
    """Return the topic with this key; KeyError if there is none."""
    for topic in TOPICS:
        if topic.key == key:
            return topic
    raise KeyError(key)


def response_name(topic_key: str) -> str:
    """The domain response that answers a topic."""
    return f"utter_faq/{topic_key}"


def topic_of_intent(intent: str | None) -> str | None:
    """The topic key of an FAQ intent name (``faq/<key>`` or ``ask_<key>``), or None for any other intent."""
    for prefix in ("faq/", "ask_"):
        if intent and intent.startswith(prefix):
            key = intent[len(prefix):]
            return key if key in TOPIC_KEYS else None
    return None


def decide_faq(
    retrieval_intent: str | None,
    confidence: float,
    threshold: float = SELECTOR_THRESHOLD,
) -> str | None:
    """The topic to answer from the ResponseSelector's result, or None when too uncertain.

    `retrieval_intent` is the full name (``faq/<topic>``) the selector chose.
    """
    if not retrieval_intent or "/" not in retrieval_intent:
        return None
    key = retrieval_intent.split("/", 1)[1]
    if key not in TOPIC_KEYS or confidence < threshold:
        return None
    return key


def needs_second_opinion(intent: str | None, confidence: float, threshold: float = SELECTOR_THRESHOLD) -> bool:
    """Whether the nearest example could change the answer: an unsure FAQ topic, or an out-of-scope
    intent with a selector sure of a topic. Only then is the nearest example looked up."""
    if intent == "faq":
        return confidence < threshold
    return intent == "out_of_scope" and confidence >= OUT_OF_SCOPE_OVERRULED


def second_opinion(
    intent: str | None,
    retrieval_intent: str | None,
    confidence: float,
    nearest_label: str | None,
    nearest_similarity: float,
    threshold: float = SELECTOR_THRESHOLD,
) -> str | None:
    """The topic to answer when the nearest training example agrees with an unsure selector, else None.

    `intent` is DIET's intent (``faq`` or another), `retrieval_intent` and `confidence` the selector's
    choice, `nearest_label` the label of the nearest training example (``faq/<key>``, ``out_of_scope``).
    """
    key = decide_faq(retrieval_intent, confidence, 0.0)
    if key is None or nearest_label != retrieval_intent or not needs_second_opinion(intent, confidence, threshold):
        return None
    least = NEAREST_AGREES if intent == "faq" else NEAREST_OVERRULES
    return key if nearest_similarity >= least else None


def confident_topic(parse_data: Mapping[str, Any], threshold: float = SELECTOR_THRESHOLD) -> str | None:
    """The topic the ResponseSelector chose for a Rasa parse result, if it is sure enough, else None."""
    selector = parse_data.get("response_selector")
    faq_result = selector.get("faq") if isinstance(selector, Mapping) else None
    response = faq_result.get("response") if isinstance(faq_result, Mapping) else None
    if not isinstance(response, Mapping):
        return None
    key, confidence = response.get("intent_response_key"), response.get("confidence")
    if not isinstance(key, str) or not isinstance(confidence, (int, float)) or isinstance(confidence, bool):
        return None
    return decide_faq(key, float(confidence), threshold)


def followup_topic(parse_data: Mapping[str, Any], response_names: Sequence[str]) -> str | None:
    """A follow-up on an FAQ answer that DIET sent elsewhere ("en wie controleert dat daarna?" read
    as a figure question): the topic the selector is sure of, when the bot's last response was an
    FAQ answer and the message points back at it ("dat", "daar", "hij", "haar", ...). Else None.
    """
    last = next((name for name in reversed(response_names) if name), "")
    text = parse_data.get("text")
    if not last.startswith("utter_faq/") or not isinstance(text, str):
        return None
    if not set(re.findall(r"\w+", text.lower())) & POINTING_WORDS:
        return None
    return confident_topic(parse_data)


def selected_topic(entity_values: Sequence[str]) -> str | None:
    """The topic a button payload asked for, if it is a known one."""
    for value in entity_values:
        if value in TOPIC_KEYS:
            return value
    return None


def entitlement_topic(previous_topic: str | None) -> str:
    """Answer to "who is entitled to that?", given the topic answered just before."""
    if previous_topic is None:
        return DEFAULT_ENTITLEMENT_TOPIC
    return ENTITLEMENT_FOLLOWUP.get(previous_topic, DEFAULT_ENTITLEMENT_TOPIC)


def last_answered_topic(response_names: Sequence[str]) -> str | None:
    """The topic of the most recent FAQ answer among the bot's responses (oldest first)."""
    for name in reversed(response_names):
        if name.startswith("utter_faq/") and name.split("/", 1)[1] in TOPIC_KEYS:
            return name.split("/", 1)[1]
    return None


def topic_ranking(parse_data: Mapping[str, Any]) -> list[tuple[str, float]]:
    """(name, confidence) pairs to rank topics by, from a Rasa parse result.

    The ResponseSelector's ranking (``faq/<key>``) when there is one, else DIET's intent ranking.
    """
    selector = ((parse_data.get("response_selector") or {}).get("faq") or {}).get("ranking") or []
    if selector:
        return [(str(r.get("intent_response_key") or ""), float(r.get("confidence") or 0.0)) for r in selector]
    intents = parse_data.get("intent_ranking") or []
    return [(str(r.get("name") or ""), float(r.get("confidence") or 0.0)) for r in intents]


def suggestion_buttons(keys: Sequence[str]) -> list[dict[str, str]]:
    """Buttons for "Bedoel je...?": one per topic (its label, `/faq{"topic": "<key>"}`), then "Iets anders"."""
    buttons = [{"title": topic_by_key(key).label, "payload": f'/faq{{"topic": "{key}"}}'} for key in keys]
    buttons.append({"title": SOMETHING_ELSE_LABEL, "payload": SOMETHING_ELSE_PAYLOAD})
    return buttons


def suggest_topics(
    ranking: Sequence[tuple[str, float]],
    k: int = SUGGESTIONS,
    floor: float = SUGGESTION_FLOOR,
) -> list[str]:
    """The `k` most likely topic keys for "Bedoel je...?", best first.

    `ranking` is (intent name, confidence) pairs in any order: the ResponseSelector's
    ``faq/<key>`` ranking or DIET's intent ranking. Unknown names and suggestions below
    `floor` are left out; a topic is offered once.
    """
    keys: list[str] = []
    for name, confidence in sorted(ranking, key=lambda item: -item[1]):
        key = topic_of_intent(name)
        if key is None or key in keys or confidence < floor:
            continue
        keys.append(key)
        if len(keys) == k:
            break
    return keys
