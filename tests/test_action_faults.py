"""The Rasa server's own answer when the action server is down or slow (components/action_faults.py)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from components import action_faults

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wrapper with a short timeout, removed again after the test."""
    monkeypatch.setattr(RemoteAction, "run", RemoteAction.run)
    monkeypatch.setattr(RemoteAction, "_validate_action_result", RemoteAction._validate_action_result)
    action_faults.install(timeout=0.5)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def slow_server() -> AsyncIterator[str]:
    """An action server that never answers in time."""

    async def webhook(_: web.Request) -> web.Response:
        await asyncio.sleep(30)
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}/webhook"
    await runner.cleanup()


def tracker_with(text: str, slots: dict[str, str] | None = None, domain: Domain | None = None) -> DialogueStateTracker:
    tracker = DialogueStateTracker.from_events("u", [UserUttered(text, {"name": "ask_figure", "confidence": 1.0})],
                                               slots=domain.slots if domain else None)
    for name, value in (slots or {}).items():
        tracker.update(SlotSet(name, value))
    return tracker


async def run_action(name: str, url: str, domain: Domain, slots: dict[str, str] | None = None) -> list:
    action = RemoteAction(name, EndpointConfig(url=url))
    tracker = tracker_with("hoeveel mensen keerden terug in 2023?", slots, domain)
    nlg = TemplatedNaturalLanguageGenerator(domain.responses)
    return await action.run(CollectingOutputChannel(), nlg, tracker, domain)


def texts(events: list) -> list[str]:
    return [e.text for e in events if isinstance(e, BotUttered)]


def response_text(domain: Domain, name: str) -> str:
    return domain.responses[name][0]["text"]


async def test_figures_unavailable_when_the_action_server_is_down(installed: None, domain: Domain) -> None:
    events = await run_action("action_answer_figure", f"http://127.0.0.1:{closed_port()}/webhook", domain)
    assert texts(events) == [response_text(domain, "utter_figures_unavailable")]
    assert "0800 32 745" in texts(events)[0]


async def test_figures_unavailable_when_the_action_server_is_slow(
    installed: None, domain: Domain, slow_server: str
) -> None:
    events = await run_action("action_answer_figure", slow_server, domain)
    assert texts(events) == [response_text(domain, "utter_figures_unavailable")]


async def test_a_topic_button_still_gets_its_brochure_answer(installed: None, domain: Domain) -> None:
    events = await run_action(
        "action_answer_topic", f"http://127.0.0.1:{closed_port()}/webhook", domain, {"topic": "what_is"}
    )
    assert texts(events) == [response_text(domain, "utter_faq/what_is")]
    assert SlotSet("topic", None) in events


async def test_without_the_wrapper_the_user_gets_nothing(domain: Domain) -> None:
    """What happens on today's main: Rasa raises and the processor sends an empty reply."""
    from rasa.shared.exceptions import RasaException

    original = getattr(RemoteAction.run, "__wrapped__", RemoteAction.run)
    action = RemoteAction("action_answer_figure", EndpointConfig(url=f"http://127.0.0.1:{closed_port()}/webhook"))
    tracker = tracker_with("hoeveel mensen keerden terug in 2023?", None, domain)
    with pytest.raises(RasaException):
        nlg = TemplatedNaturalLanguageGenerator(domain.responses)
        await original(action, CollectingOutputChannel(), nlg, tracker, domain)


def test_install_is_idempotent(installed: None) -> None:
    wrapped = RemoteAction.run
    action_faults.install(timeout=2.0)
    assert RemoteAction.run is wrapped
    assert wrapped._harden_timeout == 2.0  # type: ignore[attr-defined]


def test_timeout_from_the_environment() -> None:
    assert action_faults.timeout_from_environment({}) == 5.0
    assert action_faults.timeout_from_environment({"ACTIONS_TIMEOUT": "1.5"}) == 1.5
    assert action_faults.timeout_from_environment({"ACTIONS_TIMEOUT": "-1"}) == 5.0


async def test_an_action_that_answers_nothing_gets_the_rephrase_reply(
    installed: None, domain: Domain, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by tests/e2e/test_fuzz_model.py: the figure action answered "0" with no message at all."""

    async def silent(self: EndpointConfig, **kwargs: object) -> dict:
        return {"events": [], "responses": []}

    monkeypatch.setattr(EndpointConfig, "request", silent)
    events = await run_action("action_answer_figure", "http://unused/webhook", domain)
    assert texts(events) == [response_text(domain, "utter_ask_rephrase")]


async def test_an_action_that_hands_over_gets_no_extra_rephrase_reply(
    installed: None, domain: Domain, monkeypatch: pytest.MonkeyPatch
) -> None:
    """action_answer_figure hands a message that is no figure question over (FollowupAction): one answer only."""

    async def hands_over(self: EndpointConfig, **kwargs: object) -> dict:
        return {"events": [{"event": "followup", "name": "utter_ask_rephrase"}], "responses": []}

    monkeypatch.setattr(EndpointConfig, "request", hands_over)
    events = await run_action("action_answer_figure", "http://unused/webhook", domain)
    assert texts(events) == [] and any(type(e).__name__ == "FollowupAction" for e in events)


ANSWERS = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "topic", "value": None}], "responses": [{"response": "utter_greet"}]},
    {},
    {"events": "not a list"},
    {"events": [{"no_event_key": 1}]},
    {"responses": [{"text": 3}], "events": [{"event": 7}]},
    {"events": [{"event": "slot"}], "responses": "x"},
]


@pytest.mark.parametrize("answer", ANSWERS)
def test_the_validator_built_once_decides_like_rasa_s(installed: None, answer: dict[str, object]) -> None:
    """Same verdict as Rasa's own `jsonschema.validate` call, for valid and invalid answers."""
    import jsonschema

    schema = RemoteAction.action_response_format_spec()
    try:
        jsonschema.validate(answer, schema)
        expected_error = None
    except jsonschema.ValidationError as error:
        expected_error = error.message
    action = RemoteAction("action_answer_figure", EndpointConfig("http://127.0.0.1:1/webhook"))
    assert RemoteAction._validate_action_result is action_faults.validate_action_result
    if expected_error is None:
        assert action._validate_action_result(answer) is True
    else:
        with pytest.raises(jsonschema.ValidationError) as raised:
            action._validate_action_result(answer)
        assert raised.value.message.startswith(expected_error)
