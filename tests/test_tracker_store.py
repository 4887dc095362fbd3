"""Redacting tracker store (components/tracker_store.py) and `make purge` (components/retention.py).

Parametrised over a database URL: SQLite in a temporary file, and a real PostgreSQL 15 started
once per module on a free loopback port in a temporary folder (deploy/services.py `Postgres`,
the helper of `make cluster` and the service tests), a fresh database for every test. Without
PostgreSQL the PostgreSQL cases skip naming the apt command on a developer machine and fail
under CI=true (tests/services.py `need_packages`; under CI `make test-unit` installs the Debian
packages first).
"""

from __future__ import annotations

import itertools
import re
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
from deploy.services import LOOPBACK, Postgres, free_port, remove_tree
from tests.services import need_packages

PHONE = "0470 12 34 56"
EMAIL = "jan.peeters@example.com"


_databases = itertools.count(1)


@pytest.fixture(scope="module")
def postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Postgres]:
    """One throwaway PostgreSQL 15 for the module (skip or, under CI=true, fail without it)."""
    need_packages("postgresql")
    directory = tmp_path_factory.mktemp("tracker-postgres")
    server = Postgres(directory, free_port())
    try:
        server.start()
        yield server
    finally:
        server.stop()
        remove_tree(directory)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A SQLAlchemy URL of an empty database: an SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'conversations.db'}"
        return
    server: Postgres = request.getfixturevalue("postgres")
    name = f"conversations_{next(_databases)}"
    server.psql(f"CREATE DATABASE {name}", database="postgres")
    yield f"postgresql://{server.user}:{server.password}@{LOOPBACK}:{server.port}/{name}"


def test_the_postgresql_cases_really_use_postgresql(database_url: str) -> None:
    """Guard: the parametrisation reaches the server it names (not a silent SQLite fallback)."""
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as connection:
            if make_url(database_url).get_backend_name() == "postgresql":
                version = connection.execute(sa.text("SHOW server_version")).scalar_one()
                assert str(version).startswith("15.")
            else:
                assert connection.execute(sa.text("SELECT sqlite_version()")).scalar_one()
    finally:
        engine.dispose()


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
    # Not `"0470" in stored`: a timestamp such as 1796185952.204707 or a hex id may contain those digits.
    assert PHONE not in stored and not re.search(r"(?<![\w.])0470", stored)
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


async def test_make_purge_command_line_reads_the_url_and_retention_days(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What `make purge` runs: `python -m components.retention --url URL`, RETENTION_DAYS from the environment."""
    store = store_for(database_url)
    now = time.time()
    await store.save(conversation("eight-days", "hallo", timestamp=now - 8 * 86400))
    await store.save(conversation("six-days", "hallo", timestamp=now - 6 * 86400))
    monkeypatch.setenv("RETENTION_DAYS", "7")
    assert retention.main(["--url", database_url]) == 0
    assert "deleted 1 conversation(s) idle for more than 7 days" in capsys.readouterr().out
    assert await store.retrieve("eight-days") is None
    assert await store.retrieve("six-days") is not None


def test_retention_days_default_and_environment() -> None:
    assert retention.retention_days({}) == 30
    assert retention.retention_days({"RETENTION_DAYS": "7"}) == 7
