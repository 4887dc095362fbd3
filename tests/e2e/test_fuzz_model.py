"""Property-based test (hypothesis): random and hostile text through NLU, core and actions.

Everything runs in this process: the channel's checks (bot/user_input.py), the trained model
(models/current.tar.gz, E2E_MODEL=path for another) with Rasa's processor, and the rasa-sdk
actions, which the action endpoint below calls in process instead of over HTTP. It lives under
tests/e2e because it needs the trained model (`make test-e2e` trains first). No deadline: the
property is "never crashes, never silent", not speed.
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

from bot import faq, user_input
from tests.hostile_text import TEXT
from tools.eval.conversations import InProcessActions

ROOT = Path(__file__).resolve().parents[2]
MODEL = Path(os.environ.get("E2E_MODEL", ROOT / "models" / "current.tar.gz"))


@pytest.fixture(scope="module")
def agent_loop() -> Iterator[tuple[Any, asyncio.AbstractEventLoop]]:
    if not MODEL.exists():
        pytest.fail(f"{MODEL} does not exist: run `make train` first")
    from rasa.core.agent import Agent

    from components import action_faults

    loop = asyncio.new_event_loop()
    agent = Agent.load(str(MODEL), action_endpoint=InProcessActions())  # type: ignore[arg-type]
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
