"""What a user may send: size limits, sender ids, metadata, and the slash payloads allowed.

Plain Python (no rasa import); `components/channels.py` applies it to every REST and socket.io message.

A typed message that starts with "/" would be parsed by Rasa as an intent with entities
(`/restart`, `/session_start`, `/action_listen`, `/ask_figure{"year": ...}`). Only the widget's own
payloads pass: `/greet`, `/request_human` and `/faq{"topic": "<key>"}` with a key of bot.faq.TOPICS.
Every other slash message becomes `/nlu_fallback` (the rephrase reply), so typed text never
restarts a conversation, runs an action or sets a slot through entities.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

DEFAULT_MAX_MESSAGE_CHARS = 1000
MAX_SENDER_CHARS = 128
MAX_METADATA_BYTES = 2048
MAX_BODY_BYTES = 1024 * 1024
SENDER = re.compile(rf"[A-Za-z0-9_.:@-]{{1,{MAX_SENDER_CHARS}}}")

TOO_LONG_PAYLOAD = "/message_too_long"
REPHRASE_PAYLOAD = "/nlu_fallback"
# /start_intake: the greeting's "Intake voor een cliënt" button (issue 12).
PLAIN_PAYLOADS = frozenset({"/greet", "/request_human", "/start_intake"})
FAQ_PAYLOAD = re.compile(r"/faq(?P<entities>\{.*\})", re.DOTALL)
# Characters that have no business in a chat message (NUL, other C0 controls except tab/newline).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class InvalidRequest(ValueError):
    """A request the channel refuses with 400; the message is short and never echoes input."""


@dataclass(frozen=True)
class Incoming:
    """A checked message: the text handed to Rasa and what the check decided."""

    text: str
    kind: str  # "text", "payload", "too_long", "blocked_payload", "empty"


def bounded(items: Sequence[T], limit: int) -> list[T]:
    """At most `limit` items: all of them, or the first and the last half of the limit.

    What the NLU model reads of a message (components/tokenizer.py): its cost grows with the number
    of tokens, and a long message says what it is about at its start and asks its question at the end.
    """
    if limit < 2 or len(items) <= limit:
        return list(items)
    head = (limit + 1) // 2
    return [*items[:head], *items[len(items) - (limit - head) :]]


def max_message_chars(environ: Mapping[str, str]) -> int:
    """MAX_MESSAGE_CHARS from the environment (default 1000, at least 1)."""
    raw = environ.get("MAX_MESSAGE_CHARS", "")
    try:
        value = int(raw) if raw.strip() else DEFAULT_MAX_MESSAGE_CHARS
    except ValueError:
        value = DEFAULT_MAX_MESSAGE_CHARS
    return max(1, value)


def allowed_payload(text: str, topics: Iterable[str]) -> str | None:
    """The canonical form of an allowed payload, or None."""
    if text in PLAIN_PAYLOADS:
        return text
    match = FAQ_PAYLOAD.fullmatch(text)
    if not match:
        return None
    try:
        entities = json.loads(match.group("entities"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(entities, dict) or set(entities) != {"topic"}:
        return None
    topic = entities["topic"]
    if not isinstance(topic, str) or topic not in set(topics):
        return None
    return "/faq" + json.dumps({"topic": topic})


def check_message(text: Any, max_chars: int, topics: Iterable[str]) -> Incoming:
    """Decide what Rasa gets for a user's message (raises InvalidRequest when it is no string)."""
    if not isinstance(text, str):
        raise InvalidRequest("'message' must be a string")
    cleaned = _CONTROL.sub(" ", text).strip()
    if len(cleaned) > max_chars:
        return Incoming(TOO_LONG_PAYLOAD, "too_long")
    if not cleaned:  # empty or only spaces and control characters: ask for a question
        return Incoming(REPHRASE_PAYLOAD, "empty")
    if cleaned.startswith("/"):
        payload = allowed_payload(cleaned, topics)
        if payload is None:
            return Incoming(REPHRASE_PAYLOAD, "blocked_payload")
        return Incoming(payload, "payload")
    return Incoming(cleaned, "text")


def check_sender(sender: Any) -> str:
    """A sender id of 1-128 characters A-Z a-z 0-9 _ . : @ - (raises InvalidRequest)."""
    if not isinstance(sender, str) or not sender:
        raise InvalidRequest("'sender' is required")
    if not SENDER.fullmatch(sender):
        raise InvalidRequest("'sender' must be 1-128 characters A-Z a-z 0-9 _ . : @ -")
    return sender


def check_metadata(metadata: Any) -> dict[str, Any]:
    """Metadata: absent, or a JSON object of at most MAX_METADATA_BYTES (raises InvalidRequest)."""
    if metadata is None:
        return {}
    if not isinstance(metadata, dict):
        raise InvalidRequest("'metadata' must be an object")
    try:
        size = len(json.dumps(metadata).encode("utf-8"))
    except (TypeError, ValueError, RecursionError) as error:
        raise InvalidRequest("'metadata' is not valid JSON") from error
    if size > MAX_METADATA_BYTES:
        raise InvalidRequest(f"'metadata' is larger than {MAX_METADATA_BYTES} bytes")
    return metadata


def parse_body(body: bytes) -> dict[str, Any]:
    """The JSON object of a request body (raises InvalidRequest)."""
    if len(body) > MAX_BODY_BYTES:
        raise InvalidRequest(f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        data = json.loads(body.decode("utf-8")) if body else None
    except (ValueError, RecursionError, UnicodeDecodeError) as error:
        raise InvalidRequest("the body is not JSON") from error
    if not isinstance(data, dict):
        raise InvalidRequest("the body must be a JSON object")
    return data


def partner_origins(environ: Mapping[str, str], default: str = "http://localhost:8080") -> frozenset[str]:
    """PARTNER_ORIGINS (comma-separated scheme://host:port), default the demo page's origin."""
    raw = environ.get("PARTNER_ORIGINS")
    if raw is None or not raw.strip():
        raw = default
    return frozenset(origin.strip().rstrip("/") for origin in raw.split(",") if origin.strip())


def origin_allowed(origin: str | None, allowed: frozenset[str]) -> bool:
    """No Origin header (server-to-server) is allowed; a browser's Origin must be in the list."""
    if origin is None:
        return True
    return origin.strip().rstrip("/") in allowed
