"""Issue 9 findings, each against the real Rasa server and action server (REST and socket.io).

Every test here failed on main before the hardening (see docs/security.md, "Tests"). The model is
models/current.tar.gz (`make train`); E2E_MODEL=path picks another one.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import sqlite3
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import socketio

from tools.servers import BotServers, get_json, running_bot

ROOT = Path(__file__).resolve().parents[2]
MODEL = Path(os.environ.get("E2E_MODEL", ROOT / "models" / "current.tar.gz"))
PARTNER = "http://localhost:8080"
STRANGER = "http://elders.example"
MARKER = "zebramarker"  # a word that must never reach a log
PHONE_DIGITS = re.compile(r"(?<![\w.])0470")  # "0470" starting a token (not inside a timestamp or a hex id)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotServers]:
    log_dir = tmp_path_factory.mktemp("hardening")
    ports = {"rasa_port": free_port(), "actions_port": free_port()}
    # E2E_CREDENTIALS=../main/credentials.yml runs these tests against main's plain channels.
    credentials = Path(os.environ.get("E2E_CREDENTIALS", ROOT / "credentials.yml"))
    with running_bot(MODEL, log_dir=log_dir, cors=[PARTNER], credentials=credentials, **ports) as servers:
        yield servers


def texts_of(domain: dict[str, Any], name: str) -> list[str]:
    return [variation["text"] for variation in domain["responses"][name]]


def post(bot: BotServers, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    """POST raw bytes to the REST webhook; (status, decoded JSON or None)."""
    request = urllib.request.Request(
        f"{bot.rasa_url}/webhooks/rest/webhook",
        data=body,
        headers={"Content-Type": "application/json", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    try:
        return status, json.loads(raw.decode("utf-8"))
    except ValueError:
        return status, None


def say(bot: BotServers, text: str, sender: str | None = None) -> list[str]:
    """Send one message; the texts of the replies."""
    status, replies = post(bot, json.dumps({"sender": sender or uuid.uuid4().hex, "message": text}).encode())
    assert status == 200, (status, replies)
    return [reply.get("text", "") for reply in replies]


def rasa_log(bot: BotServers) -> str:
    assert bot.log_dir is not None
    return (bot.log_dir / "rasa.log").read_text(encoding="utf-8", errors="replace")


# ------------------------------------------------------------------ long messages


def test_a_300_kb_message_is_answered_at_once_and_the_server_survives(bot: BotServers, domain: dict[str, Any]) -> None:
    replies = say(bot, "terugkeer " * 30000)
    assert replies == texts_of(domain, "utter_message_too_long")
    assert say(bot, "hallo") == texts_of(domain, "utter_greet")


def test_the_longest_allowed_message_goes_through_the_nlu(bot: BotServers, domain: dict[str, Any]) -> None:
    text = ("wat is vrijwillige terugkeer " * 40)[:1000]
    replies = say(bot, text)
    assert replies and replies != texts_of(domain, "utter_message_too_long")


def test_the_long_text_is_not_stored(bot: BotServers) -> None:
    sender = uuid.uuid4().hex
    say(bot, "terugkeer " * 2000, sender)
    tracker = bot.tracker(sender)
    assert tracker is not None
    user = [e for e in tracker["events"] if e["event"] == "user"]
    assert [e["parse_data"]["intent"]["name"] for e in user] == ["message_too_long"]
    assert "terugkeer terugkeer" not in json.dumps(tracker)


# ------------------------------------------------------------------ malformed bodies, senders


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"[1,2]",
        b'"hallo"',
        b"{not json",
        json.dumps({"sender": "a1", "message": 5}).encode(),
        json.dumps({"sender": "a1", "message": None}).encode(),
        json.dumps({"sender": "a1", "message": {"text": "hallo"}}).encode(),
        json.dumps({"sender": "a1", "message": "hallo", "metadata": "a string"}).encode(),
        json.dumps({"sender": "a1", "message": "hallo", "metadata": {"x": "y" * 5000}}).encode(),
        json.dumps({"message": "en in 2023?"}).encode(),
        json.dumps({"sender": "", "message": "hallo"}).encode(),
        json.dumps({"sender": "s" * 500, "message": "hallo"}).encode(),
    ],
)
def test_a_bad_body_or_sender_gets_a_400_with_a_short_json_error(bot: BotServers, body: bytes) -> None:
    status, answer = post(bot, body)
    assert status == 400
    assert isinstance(answer, dict) and set(answer) == {"error"} and len(answer["error"]) < 100


def test_bad_bodies_leave_no_traceback_and_no_text_in_the_log(bot: BotServers) -> None:
    for body in (b"", b"[1,2]", json.dumps({"sender": "a1", "message": {"t": MARKER}}).encode()):
        post(bot, body)
    say(bot, f"ik heet {MARKER}, hoeveel kost terugkeer?")
    log = rasa_log(bot)
    assert "Traceback" not in log
    assert MARKER not in log
    assert bot.log_dir is not None
    assert MARKER not in (bot.log_dir / "actions.log").read_text(encoding="utf-8", errors="replace")


# ------------------------------------------------------------------ slash commands


@pytest.mark.parametrize(
    "payload",
    [
        "/faq",
        '/ask_figure{"year": ' + "[" * 200 + "]" * 200 + "}",
        "/restart",
        "/session_start",
        "/action_answer_figure",
    ],
)
def test_typed_slash_commands_get_the_rephrase_reply(bot: BotServers, domain: dict[str, Any], payload: str) -> None:
    assert say(bot, payload) == texts_of(domain, "utter_ask_rephrase")


def test_a_deeply_nested_payload_gets_a_reply_and_no_recursion_error(bot: BotServers, domain: dict[str, Any]) -> None:
    """The issue's `/ask_figure{"year": [[[...]]]}`. Nesting that fits in MAX_MESSAGE_CHARS (the case
    above) never reached Rasa's RecursionError on 44a3a24; 1,000 levels do, in its payload parser
    (json), and the user got `[]`. Here it is an over-long message, answered at once."""
    sender = uuid.uuid4().hex
    payload = '/ask_figure{"year": ' + "[" * 1000 + "]" * 1000 + "}"
    assert say(bot, payload, sender) == texts_of(domain, "utter_message_too_long")
    assert "RecursionError" not in rasa_log(bot)
    assert say(bot, "hallo", sender) == texts_of(domain, "utter_greet")


def test_a_typed_restart_keeps_the_conversation(bot: BotServers) -> None:
    sender = uuid.uuid4().hex
    say(bot, "hoeveel mensen keerden terug naar marokko in 2023?", sender)
    say(bot, "/restart", sender)
    say(bot, "/session_start", sender)
    tracker = bot.tracker(sender)
    assert tracker is not None
    kinds = [e["event"] for e in tracker["events"]]
    assert "restart" not in kinds
    assert kinds.count("session_started") == 1


def test_a_typed_entity_never_sets_a_slot(bot: BotServers) -> None:
    sender = uuid.uuid4().hex
    say(bot, '/greet{"topic": "what_is"}', sender)
    say(bot, '/faq{"topic": "nonsense"}', sender)
    tracker = bot.tracker(sender)
    assert tracker is not None
    assert not [e for e in tracker["events"] if e["event"] == "slot" and e["name"] == "topic" and e["value"]]


def test_the_widgets_topic_button_still_works(bot: BotServers, domain: dict[str, Any]) -> None:
    assert say(bot, '/faq{"topic": "what_is"}') == texts_of(domain, "utter_faq/what_is")
    assert say(bot, "/greet") == texts_of(domain, "utter_greet")


def test_no_sender_never_joins_a_shared_conversation(bot: BotServers) -> None:
    assert post(bot, json.dumps({"message": "hoeveel mensen keerden terug naar marokko?"}).encode())[0] == 400
    assert post(bot, json.dumps({"message": "en in 2023?"}).encode())[0] == 400
    shared = bot.tracker("default") or {}
    assert [e for e in shared.get("events", []) if e["event"] == "user"] == []


# ------------------------------------------------------------------ other languages and noise


@pytest.mark.parametrize(
    "text, response",
    [
        ("Je veux rentrer dans mon pays", "utter_speak_french"),
        ("Combien ça coûte ?", "utter_speak_french"),
        ("How much money do I get if I go back?", "utter_speak_english"),
        ("أريد العودة إلى بلدي", "utter_speak_other_script"),
    ],
)
def test_other_languages_get_a_pointer_in_their_language(
    bot: BotServers, domain: dict[str, Any], text: str, response: str
) -> None:
    assert say(bot, text) == texts_of(domain, response)


NOISE = ["asdkj qwpoe", "qzxv jkwpq brrzt", "xkcd", "zzzzzz", "fjdksl", "kjhg fdsa", "pqwoeiru", "mnbvcx zxcv"]


@pytest.mark.parametrize("text", NOISE)
def test_noise_gets_the_rephrase_reply_not_the_greeting(bot: BotServers, domain: dict[str, Any], text: str) -> None:
    assert say(bot, text) == texts_of(domain, "utter_ask_rephrase")


# ------------------------------------------------------------------ exposure


def test_rest_refuses_a_foreign_origin_and_allows_partners_and_servers(bot: BotServers) -> None:
    body = json.dumps({"sender": uuid.uuid4().hex, "message": "hallo"}).encode()
    assert post(bot, body, {"Origin": STRANGER})[0] == 403
    assert post(bot, body, {"Origin": PARTNER})[0] == 200
    assert post(bot, body)[0] == 200


def test_the_root_reveals_no_version(bot: BotServers) -> None:
    with urllib.request.urlopen(f"{bot.rasa_url}/", timeout=10) as response:
        text = response.read().decode()
    assert "Rasa" not in text and "3.6" not in text


def test_the_http_api_refuses_a_request_without_the_token(bot: BotServers) -> None:
    for path in ("/status", "/conversations/x/tracker", "/domain"):
        try:
            with urllib.request.urlopen(f"{bot.rasa_url}{path}", timeout=10) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        assert status in (401, 403), path
    assert get_json(bot.api("/status")) is not None


def test_the_rasa_server_listens_on_loopback(bot: BotServers) -> None:
    from tests.test_action_server import listening_addresses

    port = int(bot.rasa_url.rsplit(":", 1)[1])
    assert listening_addresses(port) == {"0100007F"}


async def _connect(url: str, origin: str | None) -> socketio.AsyncClient:
    client = socketio.AsyncClient(reconnection=False)
    headers = {"Origin": origin} if origin else {}
    await client.connect(url, headers=headers, transports=["polling"], wait_timeout=10)
    return client


def test_socketio_refuses_a_foreign_origin(bot: BotServers) -> None:
    async def scenario() -> None:
        with pytest.raises(socketio.exceptions.ConnectionError):
            await _connect(bot.rasa_url, STRANGER)
        client = await _connect(bot.rasa_url, PARTNER)
        await client.disconnect()

    asyncio.run(scenario())


def test_a_second_socket_cannot_take_over_a_live_session(bot: BotServers) -> None:
    async def session(client: socketio.AsyncClient, requested: str | None) -> str:
        confirmed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        client.on("session_confirm", lambda data: confirmed.done() or confirmed.set_result(data))
        await client.emit("session_request", {"session_id": requested})
        return await asyncio.wait_for(confirmed, 30)

    async def scenario() -> tuple[str, str]:
        owner = await _connect(bot.rasa_url, PARTNER)
        intruder = await _connect(bot.rasa_url, PARTNER)
        try:
            victim_id = await session(owner, None)
            intruder_id = await session(intruder, victim_id)
            await intruder.emit("user_uttered", {"message": f"hallo {MARKER}", "session_id": victim_id})
            # The owner's own message, answered, proves the intruder's message had its turn first.
            answered: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            owner.on("bot_uttered", lambda data: answered.done() or answered.set_result(data))
            await owner.emit("user_uttered", {"message": "wat is vrijwillige terugkeer?", "session_id": victim_id})
            await asyncio.wait_for(answered, 60)
            return victim_id, intruder_id
        finally:
            await intruder.disconnect()
            await owner.disconnect()

    victim_id, intruder_id = asyncio.run(scenario())
    assert intruder_id != victim_id
    victim = bot.tracker(victim_id) or {}
    said = [e["text"] for e in victim.get("events", []) if e["event"] == "user"]
    assert said == ["wat is vrijwillige terugkeer?"]


# ------------------------------------------------------------------ privacy


def test_personal_data_is_never_stored_and_the_bot_says_it_does_not_need_it(
    bot: BotServers, domain: dict[str, Any]
) -> None:
    sender = uuid.uuid4().hex
    notice = texts_of(domain, "utter_personal_data_not_needed")[0]
    first = say(bot, "mijn gsm is 0470 12 34 56, wat kost terugkeer?", sender)
    assert notice in first
    assert len(first) >= 2  # the question is answered too
    second = say(bot, "mail me op jan.peeters@example.com", sender)
    assert notice not in second  # only the first time
    stored = json.dumps(bot.tracker(sender))
    # "0470" as the start of a token: timestamps (1796185952.204707) and hex ids may contain it.
    assert not PHONE_DIGITS.search(stored) and "jan.peeters" not in stored
    assert "[telefoon]" in stored and "[e-mail]" in stored
    assert bot.log_dir is not None
    with sqlite3.connect(bot.log_dir / "conversations.db") as database:
        rows = "\n".join(row[0] for row in database.execute("SELECT data FROM events WHERE sender_id = ?", (sender,)))
    assert rows and not PHONE_DIGITS.search(rows) and "jan.peeters" not in rows
