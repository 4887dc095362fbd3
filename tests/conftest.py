"""Shared fixtures: real rasa-sdk Trackers and a CollectingDispatcher for action tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

ROOT = Path(__file__).resolve().parent.parent

TrackerFactory = Callable[..., Tracker]


def build_tracker(
    text: str = "",
    intent: str = "",
    entities: Iterable[Mapping[str, Any]] = (),
    slots: Mapping[str, Any] | None = None,
    events: Iterable[Mapping[str, Any]] = (),
    response_selector: Mapping[str, Any] | None = None,
    confidence: float = 1.0,
    sender_id: str = "test-user",
) -> Tracker:
    """A Tracker as the action server receives it, with the latest user message parsed.

    `events` are the events before the latest user message; the user event itself is added.
    """
    latest_message: dict[str, Any] = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "entities": [dict(e) for e in entities],
    }
    if response_selector is not None:
        latest_message["response_selector"] = dict(response_selector)
    all_events = [dict(e) for e in events]
    all_events.append({"event": "user", "text": text, "parse_data": latest_message})
    return Tracker(
        sender_id=sender_id,
        slots=dict(slots or {}),
        latest_message=latest_message,
        events=all_events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture
def tracker_for() -> TrackerFactory:
    """Factory fixture: `tracker_for(text=..., intent=..., entities=[...], slots={...})`."""
    return build_tracker


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    """A fresh dispatcher that collects what an action utters."""
    return CollectingDispatcher()


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    """domain.yml as a dict (actions receive the domain as a dict too)."""
    with open(ROOT / "domain.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)
