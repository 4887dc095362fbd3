"""A database error never carries the conversation into the log (components/tracker_store.py).

Rasa's FailSafeTrackerStore logs a failed save at ERROR level with the exception's text, and
SQLAlchemy appends the statement's parameters (the events, message text included) unless told not to.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from components.tracker_store import RedactingTrackerStore

TEXT = "zebramarker wil terug naar huis"


def _broken_store(tmp_path: Path) -> RedactingTrackerStore:
    store = RedactingTrackerStore(domain=Domain.empty(), dialect="sqlite", db=str(tmp_path / "t.db"))
    with store.engine.begin() as connection:
        # Every insert fails, the way a full disk or a lost connection makes it fail mid-save.
        connection.execute(
            sa.text("CREATE TRIGGER refuse BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        )
    return store


def _tracker() -> DialogueStateTracker:
    # One event only: SQLAlchemy shortens long parameter lists, and the text must be in what it shows.
    return DialogueStateTracker.from_events("u1", [UserUttered(TEXT, {"name": "faq", "confidence": 1.0})])


async def test_a_failed_save_names_no_parameters(tmp_path: Path) -> None:
    store = _broken_store(tmp_path)
    with pytest.raises(sa.exc.SQLAlchemyError) as error:
        await store.save(_tracker())
    assert "disk full" in str(error.value)
    assert "zebramarker" not in str(error.value)
    assert "parameters hidden" in str(error.value)


async def test_rasa_s_fail_safe_log_line_holds_no_message_text(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fail_safe = FailSafeTrackerStore(_broken_store(tmp_path))
    with caplog.at_level(logging.INFO):
        await fail_safe.save(_tracker())
    assert "Falling back" in caplog.text
    assert "zebramarker" not in caplog.text
