"""Thin rasa-sdk actions: read the tracker, call `bot/`, choose a response."""

from bot.figures.reply import responses as figure_responses
from bot.intake.card import RESPONSES as INTAKE_RESPONSES

# Responses that only custom actions utter (never a story or rule step); see tools/validate_data.py.
# The FAQ actions utter `utter_faq/<topic>` and `utter_ask_rephrase`, which rules use too.
# utter_suggest_topics: "Bedoel je...?", uttered by action_suggest_topics with its topic buttons.
UTTERED_RESPONSES: frozenset[str] = frozenset(figure_responses()) | {"utter_suggest_topics"} | INTAKE_RESPONSES
