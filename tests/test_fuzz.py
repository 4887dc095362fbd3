"""Property-based tests (hypothesis): random and hostile text through the channel rules, NLU and actions.

Everything runs in this process: the channel's checks (bot/user_input.py), the trained model
(models/current.tar.gz, E2E_MODEL=path for another) with Rasa's processor, and the rasa-sdk
actions, which the action endpoint below calls in process instead of over HTTP. A few hundred
examples, no deadline: the property is "never crashes, never silent", not speed.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import faq, privacy, user_input

ROOT = Path(__file__).resolve().parent.parent
MODEL = Path(os.environ.get("E2E_MODEL", ROOT / "models" / "current.tar.gz"))

HOSTILE = st.sampled_from(
    [
        "/restart", "/session_start", "/action_listen", "/action_answer_figure", "/faq", "/faq{",
        '/ask_figure{"year": [[[[1]]]]}', '/ask_figure{"figure_month": "999"}', '/faq{"topic": "x"}',
        '/greet{"topic": "what_is"}', "<script>alert(1)</script>", "' OR 1=1; --", "\x00", "\u202e",
        "hoeveel in 0?", "cijfers maand 13", "en in 999?", "marokko " * 100, "9" * 900,
        "hoeveel mensen keerden terug in 2023?", "en in 2022?", "wat kost het", "hallo",
    ]
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
    HOSTILE,
    st.lists(HOSTILE, min_size=2, max_size=6).map(" ".join),
    st.integers(min_value=900, max_value=5000).map(lambda n: "x" * n),
)


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


class _InProcessActions:
    """Stands in for the action endpoint: runs the rasa-sdk actions in this process."""

    def __init__(self) -> None:
        from rasa_sdk.executor import ActionExecutor

        self.executor = ActionExecutor()
        self.executor.register_package("actions")
        self.url = "in-process"
        self.kwargs: dict[str, Any] = {}  # Rasa reads endpoint options (selective domain) from here

    async def request(self, method: str = "post", subpath: str | None = None, **kwargs: Any) -> Any:
        return await self.executor.run(kwargs["json"]) or {"events": [], "responses": []}


@pytest.fixture(scope="module")
def agent_loop() -> Iterator[tuple[Any, asyncio.AbstractEventLoop]]:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} does not exist: run `make train` first")
    from rasa.core.agent import Agent

    from components import action_faults

    loop = asyncio.new_event_loop()
    agent = Agent.load(str(MODEL), action_endpoint=_InProcessActions())  # type: ignore[arg-type]
    action_faults.install(timeout=30)
    yield agent, loop
    loop.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=3))
def test_random_and_hostile_text_always_gets_a_reply(
    agent_loop: tuple[Any, asyncio.AbstractEventLoop], texts: list[str]
) -> None:
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    agent, loop = agent_loop
    sender = f"fuzz-{abs(hash(tuple(texts)))}"
    for text in texts:
        incoming = user_input.check_message(text, 1000, faq.TOPIC_KEYS)
        collector = CollectingOutputChannel()
        loop.run_until_complete(agent.handle_message(UserMessage(incoming.text, collector, sender)))
        assert collector.messages, f"no reply to {text[:80]!r}"
        for message in collector.messages:
            assert message.get("text") or message.get("buttons")
            assert "Traceback" not in str(message)
