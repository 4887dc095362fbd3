"""The Rasa server's answer when the action server is down, slow or broken.

Rasa 3.6 calls the action server in `RemoteAction.run` with a fixed 5-minute timeout; when the call
fails, the processor logs the exception and the user gets an empty reply. Rasa 3.6 has no
configurable action executor, so `install` wraps `RemoteAction.run` (once per process; called
from the strict channels' and the tracker store's set-up, i.e. by configuration in credentials.yml
and endpoints.yml, never at import time):

- every call gets a timeout (ACTIONS_TIMEOUT seconds, default 5);
- on a timeout, a refused connection or an error status, the Rasa server answers itself:
  `action_answer_topic` and `action_answer_entitlement` give the brochure answer from domain.yml
  (the choice is plain Python in bot/faq.py), every other custom action (the figures) says
  `utter_figures_unavailable` with the free number;
- the next message tries the action server again, so figures come back without a restart.

`install` also checks the action server's answer against Rasa's response schema with a validator
built once: Rasa 3.6 calls `jsonschema.validate`, which checks the schema itself on every call
(about 20 ms per action call on this machine, benchmarks/profile.py). Same schema, same errors.

A rejection (HTTP 400 with `action_name`, a deliberate "not me" of the action server) is passed on.
When one of our actions answers with no message at all, the user gets `utter_ask_rephrase`.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any

import jsonschema  # type: ignore[import-untyped]
from rasa.core.actions import action as rasa_action
from rasa.core.actions.action import ActionBotResponse, ActionExecutionRejection
from rasa.shared.core.events import BotUttered, Event, FollowupAction, SlotSet

from bot import faq

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 5.0
UNAVAILABLE = "utter_figures_unavailable"
# Our custom actions always answer; if one returns no message (a bug), the user gets the rephrase
# reply instead of silence.
MUST_ANSWER = frozenset({"action_answer_figure", "action_answer_topic", "action_answer_entitlement"})
SILENT_FALLBACK = "utter_ask_rephrase"
_MARK = "_harden_fallback"


def timeout_from_environment(environ: dict[str, str] | None = None) -> float:
    """ACTIONS_TIMEOUT in seconds (default 5)."""
    raw = (environ if environ is not None else os.environ).get("ACTIONS_TIMEOUT", "")
    try:
        value = float(raw) if raw.strip() else DEFAULT_TIMEOUT
    except ValueError:
        value = DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


def fallback_response(action_name: str, topic_slot: Any, bot_responses: list[str]) -> str:
    """The response the Rasa server gives instead of the custom action."""
    if action_name == "action_answer_topic":
        topic = faq.selected_topic([topic_slot if isinstance(topic_slot, str) else ""])
        return faq.response_name(topic) if topic is not None else "utter_ask_rephrase"
    if action_name == "action_answer_entitlement":
        return faq.response_name(faq.entitlement_topic(faq.last_answered_topic(bot_responses)))
    return UNAVAILABLE


async def fallback_events(action_name: str, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> list[Event]:
    """Utter the fallback response (and clear the topic slot like action_answer_topic does)."""
    bot_responses = [
        (event.metadata or {}).get("utter_action", "") for event in tracker.events if isinstance(event, BotUttered)
    ]
    name = fallback_response(action_name, tracker.get_slot("topic"), bot_responses)
    if name not in domain.responses:
        name = UNAVAILABLE
    events: list[Event] = list(await ActionBotResponse(name).run(output_channel, nlg, tracker, domain))
    if action_name == "action_answer_topic":
        events.append(SlotSet("topic", None))
    return events


@lru_cache(maxsize=1)
def _response_validator() -> Any:
    """A jsonschema validator for Rasa's action-response schema, checked and built once."""
    schema = rasa_action.RemoteAction.action_response_format_spec()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(self: rasa_action.RemoteAction, result: dict[str, Any]) -> bool:
    """RemoteAction._validate_action_result with the validator built once (see the module docstring)."""
    error = jsonschema.exceptions.best_match(_response_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        ". Failed to validate Action server response from API, make sure your response from the Action "
        "endpoint is valid."
    )
    raise error


def install(timeout: float) -> None:
    """Wrap RemoteAction.run with a timeout and the fallback (idempotent; updates the timeout)."""
    rasa_action.RemoteAction._validate_action_result = validate_action_result
    current = rasa_action.RemoteAction.run
    if getattr(current, _MARK, False):
        current._harden_timeout = timeout
        return
    original: Callable[..., Awaitable[list[Event]]] = current

    async def run(
        self: rasa_action.RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any
    ) -> list[Event]:
        seconds: float = run._harden_timeout  # type: ignore[attr-defined]
        try:
            events = await asyncio.wait_for(original(self, output_channel, nlg, tracker, domain), seconds)
        except ActionExecutionRejection:
            raise
        except Exception as error:  # noqa: BLE001 - timeout, refused, error status, bad answer: never silence
            logger.error(
                "action server: '%s' failed (%s); the Rasa server answers without it", self.name(), type(error).__name__
            )
            return await fallback_events(self.name(), output_channel, nlg, tracker, domain)
        # An action that hands over (FollowupAction: the rephrase reply, the intake follow-up) answers through it.
        if self.name() in MUST_ANSWER and not any(isinstance(event, (BotUttered, FollowupAction)) for event in events):
            logger.warning("action server: '%s' answered nothing; the Rasa server asks to rephrase", self.name())
            events = [*await ActionBotResponse(SILENT_FALLBACK).run(output_channel, nlg, tracker, domain), *events]
        return events

    setattr(run, _MARK, True)
    run.__wrapped__ = original  # type: ignore[attr-defined]
    run._harden_timeout = timeout  # type: ignore[attr-defined]
    rasa_action.RemoteAction.run = run


def install_from_environment() -> None:
    """`install` with ACTIONS_TIMEOUT."""
    install(timeout_from_environment())
