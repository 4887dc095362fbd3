"""Tracker store that replaces personal data by placeholders before anything is written.

Configured in endpoints.yml (`type: components.tracker_store.RedactingTrackerStore`); every other
key goes to Rasa's SQLTrackerStore, so it works with SQLite and PostgreSQL alike. What is replaced
is decided in bot/privacy.py; here it is applied to each new event: a user message's text, the
text in its parse data and every string entity value, and string slot values.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from bot import privacy
from components import action_faults


def redact_event_data(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of one event's dict (`Event.as_dict()`) with personal data replaced."""
    data = copy.deepcopy(data)
    if data.get("event") == "user":
        if isinstance(data.get("text"), str):
            data["text"] = privacy.redact(data["text"])
        parse_data = data.get("parse_data")
        if isinstance(parse_data, dict):
            if isinstance(parse_data.get("text"), str):
                parse_data["text"] = privacy.redact(parse_data["text"])
            for entity in parse_data.get("entities") or []:
                if isinstance(entity, dict):
                    for key in ("value", "text"):
                        if isinstance(entity.get(key), str):
                            entity[key] = privacy.redact(entity[key])
    elif data.get("event") == "slot" and isinstance(data.get("value"), str):
        data["value"] = privacy.redact(data["value"])
    return data


def redact_event(event: Event) -> Event:
    """The event with personal data replaced (the same event when there is none)."""
    data = event.as_dict()
    redacted = redact_event_data(data)
    if redacted == data:
        return event
    rebuilt = Event.from_parameters(redacted)
    return rebuilt if rebuilt is not None else event


class RedactingTrackerStore(SQLTrackerStore):
    """SQLTrackerStore that stores redacted events (see the module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("dialect", "sqlite") == "sqlite" and kwargs.get("db"):
            Path(str(kwargs["db"])).parent.mkdir(parents=True, exist_ok=True)  # SQLite makes no folders
        super().__init__(*args, **kwargs)
        # A database error's message must not carry the stored events: Rasa's FailSafeTrackerStore
        # logs it at ERROR level, and SQLAlchemy would append the statement's parameters.
        self.engine.hide_parameters = True
        # The Rasa server's answer when the action server is down (also for `rasa shell`).
        action_faults.install_from_environment()

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        for event in super()._additional_events(session, tracker):
            yield redact_event(event)

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        """An event broker only ever sees redacted events too."""
        if self.event_broker is None:
            return
        redacted = DialogueStateTracker.from_events(
            tracker.sender_id, [redact_event(e) for e in tracker.events], slots=list(tracker.slots.values())
        )
        await super().stream_events(redacted)
