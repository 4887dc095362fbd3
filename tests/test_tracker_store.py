"""Redacting tracker store (components/tracker_store.py) and `make purge` (components/retention.py).

Parametrised over a database URL; the lead adds PostgreSQL (prod engineer's fixture) at merge.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url

from components import retention
from components.tracker_store import RedactingTrackerStore, redact_event_data

PHONE = "0470 12 34 56"
EMAIL = "jan.peeters@example.com"


@pytest.fixture(params=["sqlite"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A SQLAlchemy URL of an empty database (SQLite here; PostgreSQL is added at merge)."""
    yield f"sqlite:///{tmp_path / 'conversations.db'}"


def store_for(url: str) -> RedactingTrackerStore:
    """The wrapper configured the way endpoints.yml does it, from a SQLAlchemy URL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return RedactingTrackerStore(domain=Domain.empty(), dialect="sqlite", db=parsed.database)
    return RedactingTrackerStore(
        domain=Domain.empty(),
        dialect=parsed.drivername,
        host=parsed.host,
        port=parsed.port,
        db=parsed.database,
        username=parsed.username,
        password=parsed.password,
    )


def raw_rows(url: str) -> str:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return "\n".join(row[0] for row in connection.execute(sa.text("SELECT data FROM events")))
    finally:
        engine.dispose()


def conversation(sender: str, text: str, timestamp: float | None = None) -> DialogueStateTracker:
    parse_data = {
        "text": text,
        "intent": {"name": "faq", "confidence": 0.9},
        "entities": [{"entity": "country", "value": EMAIL, "start": 0, "end": 3}],
    }
    events = [
        ActionExecuted("action_listen", timestamp=timestamp),
        UserUttered(text, parse_data["intent"], parse_data["entities"], parse_data, timestamp=timestamp),
        SlotSet("topic", f"bel {PHONE}", timestamp=timestamp),
        BotUttered("Graag gedaan", timestamp=timestamp),
    ]
    return DialogueStateTracker.from_events(sender, events)


async def test_personal_data_never_reaches_the_database(database_url: str) -> None:
    store = store_for(database_url)
    await store.save(conversation("u1", f"mijn nummer is {PHONE}, mail {EMAIL}"))
    stored = raw_rows(database_url)
    assert PHONE not in stored and "0470" not in stored
    assert EMAIL not in stored
    assert "[telefoon]" in stored and "[e-mail]" in stored
    tracker = await store.retrieve("u1")
    assert tracker is not None
    user = [e for e in tracker.events if isinstance(e, UserUttered)][0]
    assert user.text == "mijn nummer is [telefoon], mail [e-mail]"
    assert user.parse_data["text"] == user.text
    assert user.entities[0]["value"] == "[e-mail]"


async def test_ordinary_conversations_are_stored_unchanged(database_url: str) -> None:
    store = store_for(database_url)
    await store.save(conversation("u2", "hoeveel mensen keerden terug in 2023?"))
    tracker = await store.retrieve("u2")
    assert tracker is not None
    assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == ["hoeveel mensen keerden terug in 2023?"]


def test_redact_event_data_covers_text_parse_data_and_entities() -> None:
    data = {
        "event": "user",
        "text": f"bel {PHONE}",
        "parse_data": {"text": f"bel {PHONE}", "entities": [{"value": PHONE}]},
    }
    assert redact_event_data(data) == {
        "event": "user",
        "text": "bel [telefoon]",
        "parse_data": {"text": "bel [telefoon]", "entities": [{"value": "[telefoon]"}]},
    }
    assert data["text"] == f"bel {PHONE}"  # the input is left alone


async def test_purge_deletes_idle_conversations_only(database_url: str) -> None:
    store = store_for(database_url)
    now = time.time()
    await store.save(conversation("old", "hallo", timestamp=now - 31 * 86400))
    await store.save(conversation("recent", "hallo", timestamp=now - 29 * 86400))
    assert retention.purge(database_url, days=30, now=now) == 1
    assert await store.retrieve("old") is None
    assert await store.retrieve("recent") is not None
    assert retention.purge(database_url, days=30, now=now) == 0


def test_purge_of_an_empty_database_deletes_nothing(database_url: str) -> None:
    assert retention.purge(database_url, days=30) == 0


def test_retention_days_default_and_environment() -> None:
    assert retention.retention_days({}) == 30
    assert retention.retention_days({"RETENTION_DAYS": "7"}) == 7
