"""Strict REST and socket.io channels (credentials.yml): checked input, partner origins only.

Both keep Rasa's names (`rest`, `socketio`), so the URLs stay /webhooks/rest/webhook and /socket.io.
The rules live in bot/user_input.py; here they meet Sanic and python-socketio:

- REST: a body that is no JSON object with a string `message`, a missing/bad sender or metadata
  that is no small object gets a 400 with a short JSON error that never echoes the input. A
  browser request whose Origin is not in PARTNER_ORIGINS gets a 403; no Origin header is allowed.
- socket.io: `connect` refuses an Origin outside PARTNER_ORIGINS. A session id belongs to one
  socket at a time: `session_request` for a session another live socket holds gets a new id, and a
  message is always filed under the session of the socket that sent it (never `data.session_id`),
  so one socket cannot read or write another person's conversation.
- Both: a message over MAX_MESSAGE_CHARS is answered with `utter_message_too_long` without the NLU
  model; a slash payload other than the widget's own gets the rephrase reply; the first time a
  user types personal data (bot/privacy.py) the bot adds `utter_personal_data_not_needed`.
- Logs never contain the message text (errors log the exception type only).
- `GET /` no longer names the Rasa version.
"""

from __future__ import annotations

import inspect
import logging
import os
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel, UserMessage, decode_bearer_token
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import BotUttered
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncServer

from bot import faq, privacy, user_input
from components import action_faults

logger = logging.getLogger(__name__)

PRIVACY_NOTICE = "utter_personal_data_not_needed"
ROOT_TEXT = "ok"


def _topics() -> frozenset[str]:
    return faq.TOPIC_KEYS


def hide_version(app: Sanic) -> None:
    """Make `GET /` answer without the Rasa version (Rasa's root route says "Hello from Rasa: 3.6.x")."""

    async def root(_: Request) -> HTTPResponse:
        return response.text(ROOT_TEXT)

    for route in app.router.routes:
        if route.path == "" and "GET" in route.methods:
            route.handler = root


async def add_privacy_notice(app: Sanic | None, sender_id: str, text: str, output: OutputChannel) -> None:
    """The first time a conversation contains personal data, tell the user we do not need it."""
    if app is None or not privacy.contains_personal_data(text):
        return
    agent = getattr(app.ctx, "agent", None)
    if agent is None or agent.processor is None:
        return
    tracker = await agent.tracker_store.retrieve(sender_id)
    if tracker is not None and any(
        isinstance(event, BotUttered) and (event.metadata or {}).get("utter_action") == PRIVACY_NOTICE
        for event in tracker.events
    ):
        return
    async with agent.lock_store.lock(sender_id):
        await agent.execute_action(sender_id, PRIVACY_NOTICE, output, None, None)
        await agent.execute_action(sender_id, ACTION_LISTEN_NAME, output, None, None)


def _log_failure(channel: str, error: BaseException) -> None:
    """Errors without the user's text: the exception type only (the traceback at DEBUG level)."""
    logger.error("%s: handling a message failed (%s)", channel, type(error).__name__)
    logger.debug("%s: traceback", channel, exc_info=error)


class StrictRestInput(RestInput):
    """REST channel with checked input and partner origins (see the module docstring)."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def __init__(self) -> None:
        self.max_chars = user_input.max_message_chars(os.environ)
        self.origins = user_input.partner_origins(os.environ)
        self.app: Sanic | None = None

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> StrictRestInput:
        """No options: the limits come from MAX_MESSAGE_CHARS and PARTNER_ORIGINS."""
        return cls()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """/webhooks/rest/ (health) and /webhooks/rest/webhook."""
        action_faults.install_from_environment()
        webhook = Blueprint(f"strict_webhook_{type(self).__name__}", __name__)

        @webhook.listener("before_server_start")
        async def remember_app(app: Sanic, _: Any) -> None:
            self.app = app
            hide_version(app)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not user_input.origin_allowed(request.headers.get("origin"), self.origins):
                return response.json({"error": "origin not allowed"}, status=403)
            try:
                body = user_input.parse_body(request.body or b"")
                sender_id = user_input.check_sender(body.get("sender"))
                incoming = user_input.check_message(body.get("message"), self.max_chars, _topics())
                metadata = user_input.check_metadata(body.get("metadata"))
            except user_input.InvalidRequest as error:
                return response.json({"error": str(error)}, status=400)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(incoming.text, collector, sender_id, input_channel=self.name(), metadata=metadata)
                )
                await add_privacy_notice(self.app, sender_id, incoming.text, collector)
            except Exception as error:  # noqa: BLE001 - answer with a short error, log without text
                _log_failure("rest", error)
                return response.json({"error": "internal error"}, status=500)
            return response.json(collector.messages)

        return webhook


class StrictSocketIOInput(SocketIOInput):
    """socket.io channel with partner origins, one socket per session and checked input."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_chars = user_input.max_message_chars(os.environ)
        self.origins = user_input.partner_origins(os.environ)
        self.app: Sanic | None = None
        # session id -> the socket that holds it, and back
        self.session_of: dict[str, str] = {}
        self.holder_of: dict[str, str] = {}

    def _claim(self, sid: str, requested: Any) -> str:
        """The session this socket gets: the one it asks for unless another live socket holds it."""
        self._release(sid)
        session_id: str | None = None
        if isinstance(requested, str):
            try:
                session_id = user_input.check_sender(requested)
            except user_input.InvalidRequest:
                session_id = None
        if session_id is None or self.holder_of.get(session_id, sid) != sid:
            session_id = uuid.uuid4().hex
        self.session_of[sid] = session_id
        self.holder_of[session_id] = sid
        return session_id

    def _release(self, sid: str) -> None:
        session_id = self.session_of.pop(sid, None)
        if session_id is not None and self.holder_of.get(session_id) == sid:
            del self.holder_of[session_id]

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """Rasa's socket.io blueprint, rewritten with the checks above."""
        action_faults.install_from_environment()
        # cors_allowed_origins=[]: the Rasa server's CORS (sanic-cors, --cors) answers the browser;
        # `connect` below enforces PARTNER_ORIGINS.
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[])
        webhook: Blueprint = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio

        @webhook.listener("before_server_start")
        async def remember_app(app: Sanic, _: Any) -> None:
            self.app = app
            hide_version(app)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: str, environ: dict[str, Any], auth: dict[str, Any] | None = None) -> bool:
            origin = environ.get("HTTP_ORIGIN")
            if not user_input.origin_allowed(origin, self.origins):
                logger.info("socketio: refused a connection from an origin outside PARTNER_ORIGINS")
                return False
            if self.jwt_key:  # as Rasa's channel: `jwt_key` in credentials.yml requires a valid token
                token = auth.get("token") if isinstance(auth, dict) else None
                return bool(token and decode_bearer_token(token, self.jwt_key, self.jwt_algorithm))
            return True

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: str) -> None:
            self._release(sid)

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: str, data: Any = None) -> None:
            requested = data.get("session_id") if isinstance(data, dict) else None
            session_id = self._claim(sid, requested)
            if self.session_persistence:
                entered = sio.enter_room(sid, session_id, namespace=self.namespace)
                if inspect.isawaitable(entered):  # python-socketio >= 5.10: a coroutine
                    await entered
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: str, data: Any = None) -> None:
            if not isinstance(data, dict):
                return
            if self.session_persistence:
                sender_id = self.session_of.get(sid)
                if sender_id is None:
                    return  # no session_request yet: nothing to file the message under
            else:
                sender_id = sid
            try:
                incoming = user_input.check_message(data.get("message"), self.max_chars, _topics())
                metadata = user_input.check_metadata(data.get(self.metadata_key))
            except user_input.InvalidRequest as error:
                await sio.emit("error", {"error": str(error)}, room=sid, namespace=self.namespace)
                return
            output = SocketIOOutput(sio, self.bot_message_evt)
            try:
                await on_new_message(
                    UserMessage(incoming.text, output, sender_id, input_channel=self.name(), metadata=metadata)
                )
                await add_privacy_notice(self.app, sender_id, incoming.text, output)
            except Exception as error:  # noqa: BLE001 - log without text
                _log_failure("socketio", error)

        return webhook
