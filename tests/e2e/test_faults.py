"""Action server down, then back: the Rasa server answers itself, and figures return without a restart."""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tools.servers import BotServers, _start, _stop, action_server_command, get_json, running_bot

ROOT = Path(__file__).resolve().parents[2]
MODEL = Path(os.environ.get("E2E_MODEL", ROOT / "models" / "current.tar.gz"))
FIGURE_QUESTION = "hoeveel mensen keerden terug in 2023?"
FIGURE = "2.952"  # 2023 press release (002_…)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def rasa_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotServers]:
    """The Rasa server with nothing listening where the action server should be."""
    log_dir = tmp_path_factory.mktemp("faults")
    with running_bot(
        MODEL, rasa_port=free_port(), actions_port=free_port(), log_dir=log_dir,
        start_actions=False, env={"ACTIONS_TIMEOUT": "3"},
    ) as servers:
        yield servers


def texts_of(domain: dict[str, Any], name: str) -> list[str]:
    return [variation["text"] for variation in domain["responses"][name]]


def said(bot: BotServers, text: str) -> list[str]:
    return [reply.get("text", "") for reply in bot.send(text, uuid.uuid4().hex)]


def test_figures_unavailable_while_the_action_server_is_down(rasa_only: BotServers, domain: dict[str, Any]) -> None:
    assert said(rasa_only, FIGURE_QUESTION) == texts_of(domain, "utter_figures_unavailable")


def test_topic_buttons_and_brochure_answers_keep_working(rasa_only: BotServers, domain: dict[str, Any]) -> None:
    assert said(rasa_only, '/faq{"topic": "costs"}') == texts_of(domain, "utter_faq/costs")
    assert said(rasa_only, "wat is vrijwillige terugkeer?") == texts_of(domain, "utter_faq/what_is")


def test_figures_come_back_with_the_action_server_without_restarting_rasa(
    rasa_only: BotServers, domain: dict[str, Any]
) -> None:
    port = int(rasa_only.actions_url.rsplit(":", 1)[1])
    assert rasa_only.log_dir is not None
    actions = _start(action_server_command(port), rasa_only.log_dir / "actions-late.log")
    try:
        deadline = time.monotonic() + 120
        while get_json(f"{rasa_only.actions_url}/health") is None:
            assert actions.poll() is None and time.monotonic() < deadline, "the action server did not start"
            time.sleep(0.5)
        replies = said(rasa_only, FIGURE_QUESTION)
        assert replies != texts_of(domain, "utter_figures_unavailable")
        assert any(FIGURE in reply for reply in replies), replies
    finally:
        _stop(actions)
