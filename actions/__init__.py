"""Thin rasa-sdk actions: read the tracker, call `bot/`, choose a response."""

# Responses that only custom actions utter (never a story or rule step); see tests/validate_data.py.
UTTERED_RESPONSES: frozenset[str] = frozenset()
