"""Property-based tests (hypothesis): random and hostile text through the channel rules and redaction.

No model is needed here; the same text through the trained model and the actions is
tests/e2e/test_fuzz_model.py. A few hundred examples, no deadline: the property is "never
crashes, never silent", not speed.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import faq, privacy, user_input
from tests.hostile_text import TEXT


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_the_channel_rules_always_decide(text: str) -> None:
    incoming = user_input.check_message(text, 1000, faq.TOPIC_KEYS)
    assert len(incoming.text) <= 1000
    if incoming.text.startswith("/"):
        assert incoming.text in {user_input.TOO_LONG_PAYLOAD, user_input.REPHRASE_PAYLOAD} or (
            user_input.allowed_payload(incoming.text, faq.TOPIC_KEYS) == incoming.text
        )


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=200), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_body_is_an_object_or_a_short_refusal(body: bytes) -> None:
    try:
        assert isinstance(user_input.parse_body(body), dict)
    except user_input.InvalidRequest as error:
        assert len(str(error)) < 100


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_redaction_is_stable(text: str) -> None:
    once = privacy.redact(text)
    assert privacy.redact(once) == once
