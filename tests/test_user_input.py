"""What a user may send (bot/user_input.py): limits, senders, metadata, payloads, origins."""

from __future__ import annotations

import json

import pytest

from bot import faq, user_input

TOPICS = faq.TOPIC_KEYS


@pytest.mark.parametrize("body", [b"", b"[1,2]", b'"hallo"', b"{", b"null", b"\xff\xfe", b"[" * 100000])
def test_a_body_that_is_no_json_object_is_refused(body: bytes) -> None:
    with pytest.raises(user_input.InvalidRequest):
        user_input.parse_body(body)


def test_a_json_object_body_is_accepted() -> None:
    assert user_input.parse_body(b'{"sender": "a", "message": "hallo"}') == {"sender": "a", "message": "hallo"}


@pytest.mark.parametrize("message", [5, None, {"a": 1}, ["hallo"], True])
def test_a_message_that_is_no_string_is_refused(message: object) -> None:
    with pytest.raises(user_input.InvalidRequest):
        user_input.check_message(message, 1000, TOPICS)


@pytest.mark.parametrize("sender", [None, "", "x" * 129, 5, "a b", "<script>", "default\n"])
def test_a_missing_empty_long_or_odd_sender_is_refused(sender: object) -> None:
    with pytest.raises(user_input.InvalidRequest):
        user_input.check_sender(sender)


def test_the_widgets_session_ids_are_accepted() -> None:
    assert user_input.check_sender("3f2b9c0e-7d1a-4c1e-9a55-0f4e2d6b8a11") == "3f2b9c0e-7d1a-4c1e-9a55-0f4e2d6b8a11"
    assert user_input.check_sender("a" * 128) == "a" * 128


@pytest.mark.parametrize("metadata", ["a string", [1], 5, {"big": "x" * 5000}])
def test_metadata_must_be_a_small_object(metadata: object) -> None:
    with pytest.raises(user_input.InvalidRequest):
        user_input.check_metadata(metadata)


def test_small_metadata_and_none_pass() -> None:
    assert user_input.check_metadata(None) == {}
    assert user_input.check_metadata({"page": "/nl"}) == {"page": "/nl"}


def test_an_over_long_message_is_replaced_without_its_text() -> None:
    incoming = user_input.check_message("terugkeer " * 30000, 1000, TOPICS)
    assert incoming == user_input.Incoming(user_input.TOO_LONG_PAYLOAD, "too_long")


def test_the_longest_allowed_message_passes_as_text() -> None:
    text = "a" * 1000
    assert user_input.check_message(text, 1000, TOPICS) == user_input.Incoming(text, "text")


@pytest.mark.parametrize(
    "payload",
    ["/greet", "/request_human", '/faq{"topic": "what_is"}', '/faq{"topic":"contact"}', '  /faq{"topic": "costs"}  '],
)
def test_the_widgets_own_payloads_pass(payload: str) -> None:
    incoming = user_input.check_message(payload, 1000, TOPICS)
    assert incoming.kind == "payload"
    assert incoming.text.startswith("/")


def test_a_topic_payload_is_made_canonical() -> None:
    assert user_input.check_message('/faq{"topic":"contact"}', 1000, TOPICS).text == '/faq{"topic": "contact"}'


@pytest.mark.parametrize(
    "payload",
    [
        "/faq",
        "/restart",
        "/session_start",
        "/action_listen",
        "/action_answer_figure",
        '/ask_figure{"year": ' + "[" * 300 + "]" * 300 + "}",
        '/faq{"topic": "nonsense"}',
        '/faq{"topic": "what_is", "year": "2023"}',
        '/greet{"topic": "what_is"}',
        '/faq{"topic": ["what_is"]}',
        "/ask_figure",
        "/goodbye",
        "/nlu_fallback",
        "/message_too_long",
    ],
)
def test_every_other_slash_command_gets_the_rephrase_reply(payload: str) -> None:
    assert user_input.check_message(payload, 1000, TOPICS) == user_input.Incoming(
        user_input.REPHRASE_PAYLOAD, "blocked_payload"
    )


def test_control_characters_are_removed() -> None:
    assert user_input.check_message("hal\x00lo\x07", 1000, TOPICS).text == "hal lo"


def test_max_message_chars_from_the_environment() -> None:
    assert user_input.max_message_chars({}) == 1000
    assert user_input.max_message_chars({"MAX_MESSAGE_CHARS": "200"}) == 200
    assert user_input.max_message_chars({"MAX_MESSAGE_CHARS": "oops"}) == 1000


def test_partner_origins_and_the_origin_check() -> None:
    assert user_input.partner_origins({}) == frozenset({"http://localhost:8080"})
    allowed = user_input.partner_origins({"PARTNER_ORIGINS": "https://a.example, https://b.example/"})
    assert allowed == frozenset({"https://a.example", "https://b.example"})
    assert user_input.origin_allowed(None, allowed)
    assert user_input.origin_allowed("https://b.example", allowed)
    assert not user_input.origin_allowed("https://evil.example", allowed)
    assert not user_input.origin_allowed("null", allowed)


def test_error_messages_never_echo_the_input() -> None:
    secret = "0470123456-zebra"
    for call in (
        lambda: user_input.check_sender(secret + " x"),
        lambda: user_input.check_metadata(secret),
        lambda: user_input.parse_body(json.dumps([secret]).encode()),
    ):
        with pytest.raises(user_input.InvalidRequest) as caught:
            call()
        assert secret not in str(caught.value)


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "\n\t"])
def test_an_empty_message_gets_the_rephrase_reply(text: str) -> None:
    incoming = user_input.check_message(text, 1000, faq.TOPIC_KEYS)
    assert (incoming.text, incoming.kind) == (user_input.REPHRASE_PAYLOAD, "empty")


def test_every_slash_payload_of_a_domain_button_passes(domain: dict) -> None:
    """A button the bot offers (the greeting's "Intake voor een cliënt": /start_intake) must reach Rasa."""
    payloads = {
        button["payload"].replace("{{", "{").replace("}}", "}")
        for variants in domain["responses"].values()
        for variant in variants
        for button in variant.get("buttons") or []
        if button["payload"].startswith("/")
    }
    assert "/start_intake" in payloads
    for payload in payloads:
        assert user_input.check_message(payload, 1000, TOPICS).kind == "payload", payload
