"""Thin rasa-sdk actions: read the tracker, call `bot/`, choose a response."""

from bot.figures.answer import RESPONSES as FIGURE_RESPONSES
from bot.intake.card import RESPONSES as INTAKE_RESPONSES

# Responses that only custom actions utter (never a story or rule step); see tests/validate_data.py.
# The FAQ actions utter `utter_faq/<topic>` and `utter_ask_rephrase`, which rules use too.
UTTERED_RESPONSES: frozenset[str] = frozenset(FIGURE_RESPONSES) | INTAKE_RESPONSES
