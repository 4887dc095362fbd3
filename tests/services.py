"""Helpers of the service tests (tests/deploy/): what to do when a service is missing, a REST
client that routes through nginx, and the tracker read straight from the database.

The services themselves start in deploy/services.py and deploy/cluster.py, the one place that
knows their command lines.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from deploy.services import Postgres, apt_command, which_missing

ROOT = Path(__file__).resolve().parent.parent
MODEL = Path(os.environ.get("E2E_MODEL", ROOT / "models" / "current.tar.gz"))
FIGURE_COUNTRY_QUESTION = "hoeveel mensen keerden terug uit Georgië in 2023"


def need_packages(*packages: str) -> None:
    """Skip (developer machine) or fail (CI=true) naming the apt command when a package is missing."""
    missing = which_missing(packages)
    if not missing:
        return
    message = f"{', '.join(missing)} not installed: {apt_command(missing)} (or, as root: make system-packages)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def need_model() -> Path:
    """The trained model, or a failure saying how to get it."""
    if not MODEL.exists():
        pytest.fail(f"{MODEL} does not exist: run `make train`")
    return MODEL


def send(base_url: str, sender: str, text: str, timeout: float = 60.0, via_header: bool = True) -> list[dict[str, Any]]:
    """One message through the REST channel. Through nginx the sender also goes in X-Conversation-Id."""
    headers = {"Content-Type": "application/json"}
    if via_header:
        headers["X-Conversation-Id"] = sender
    request = urllib.request.Request(
        f"{base_url}/webhooks/rest/webhook",
        data=json.dumps({"sender": sender, "message": text}).encode("utf-8"),
        headers=headers,
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        answer: list[dict[str, Any]] = json.loads(response.read().decode("utf-8"))
    return answer


def send_retrying(base_url: str, sender: str, text: str, attempts: int = 6) -> tuple[list[dict[str, Any]], int]:
    """Like `send`, but resend after a 5xx, a timeout or a dropped connection, as a client would.

    A 500 is what Rasa answers when it cannot get the conversation's lock: an instance that died
    while it held the lock leaves it in Redis until the ticket expires (TICKET_LOCK_LIFETIME,
    60 s by default). Returns the answer and how many attempts failed.
    """
    failures = 0
    while True:
        try:
            return send(base_url, sender, text, timeout=90), failures
        except (urllib.error.URLError, OSError) as error:  # HTTPError, timeouts, resets
            status = getattr(error, "code", None)
            if status not in (None, 500, 502, 503, 504) or failures + 1 >= attempts:
                raise
            failures += 1
            # nginx's idle connections to a killed instance fail one by one (a POST already sent
            # is not passed on): back off as a client would.
            time.sleep(0.5 * 2 ** (failures - 1))


def reply_text(messages: list[dict[str, Any]]) -> str:
    """The bot's messages joined into one text."""
    return "\n".join(message.get("text", "") for message in messages)


def postgres_events(postgres: Postgres, sender: str) -> list[dict[str, Any]]:
    """Every event of `sender` as Rasa's SQLTrackerStore stored it, in order."""
    sender_literal = sender.replace("'", "''")
    rows = postgres.psql(f"SELECT data FROM events WHERE sender_id = '{sender_literal}' ORDER BY id")
    return [json.loads(line) for line in rows.splitlines() if line.strip()]


def sqlite_events(path: Path, sender: str) -> list[dict[str, Any]]:
    """Every event of `sender` in an SQLite tracker store, in order."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender,)).fetchall()
    return [json.loads(row[0]) for row in rows]


def user_texts(events: list[dict[str, Any]]) -> list[str]:
    """What the user said, in order."""
    return [event.get("text") or "" for event in events if event.get("event") == "user"]
