"""Rasa-side extensions: NLU components, strict channels, the tracker store, action faults.

Plain data here; the modules do no work at import time.
"""

# Intents that components set (components/language.py, components/channels.py), never the NLU
# model: they have no training examples (tests/validate_data.py accepts that for these only).
COMPONENT_INTENTS: frozenset[str] = frozenset(
    {"speak_french", "speak_english", "speak_other_script", "message_too_long"}
)

# Responses the Rasa server utters outside stories and rules: the action-fault fallback
# (components/action_faults.py) and the personal-data notice (components/channels.py).
UTTERED_RESPONSES: frozenset[str] = frozenset({"utter_figures_unavailable", "utter_personal_data_not_needed"})
