"""The production topology on loopback: PostgreSQL, Redis, the action server, two Rasa instances
and nginx (deploy/cluster.py), shared by the tests of this module and started once.

The tests run in file order; the last one kills an instance.
"""

from __future__ import annotations

import asyncio
import re
import signal
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from deploy.cluster import Cluster
from deploy.services import remove_tree
from tests.services import (
    FIGURE_COUNTRY_QUESTION,
    need_model,
    need_packages,
    postgres_events,
    reply_text,
    send,
    send_retrying,
    user_texts,
)

# Countries with a 2023 and a 2014 figure (bot/figures/figures.yml): a follow-up "en in 2014?"
# must keep the country of the conversation.
COUNTRIES = {
    "Brazilië": ("996", "211"), "Mongolië": ("170", "125"), "Georgië": ("145", "127"), "Roemenië": ("92", "573"),
}
LOG_LINE = re.compile(r'key="(?P<key>[^"]*)" upstream="(?P<upstream>[^"]*)"')


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    need_packages("postgresql", "redis-server", "nginx")
    # Not under pytest's basetemp: every pytest session (also another checkout's) resets
    # /tmp/pytest-of-<user> to 0700, and PostgreSQL (as the postgres user) would lose its data.
    directory = Path(tempfile.mkdtemp(prefix="terugkeer-test-cluster-"))
    running = Cluster(directory, need_model())
    try:
        yield running.start()
    finally:
        running.stop()
        remove_tree(directory)


def routes(cluster: Cluster, expected: Iterable[str] = ()) -> dict[str, set[str]]:
    """For every routing key in nginx's access log, the instances that answered it.

    nginx writes a log line just after the answer went out: wait until the `expected` keys are there.
    """
    assert cluster.nginx
    wanted = set(expected)
    deadline = time.monotonic() + 10
    while True:
        seen: dict[str, set[str]] = {}
        for line in (Path(cluster.nginx.directory) / "access.log").read_text().splitlines():
            match = LOG_LINE.search(line)
            if match and "/webhooks/" in line:
                seen.setdefault(match["key"], set()).update(u.strip() for u in match["upstream"].split(","))
        if wanted <= seen.keys() or time.monotonic() > deadline:
            return seen
        time.sleep(0.2)


def country_question(country: str) -> str:
    return f"hoeveel mensen keerden terug naar {country} in 2023"


def test_each_conversation_stays_on_one_instance_and_both_serve(cluster: Cluster) -> None:
    senders = [f"route-{i}" for i in range(16)]
    for sender in senders:
        first = reply_text(send(cluster.url, sender, FIGURE_COUNTRY_QUESTION))
        assert "145" in first, first
        follow_up = reply_text(send(cluster.url, sender, "en in 2014?"))
        assert "127" in follow_up and "Georgië" in follow_up, follow_up
    seen = routes(cluster, senders)
    for sender in senders:
        assert len(seen[sender]) == 1, f"{sender} went to {seen[sender]}"
    used = set().union(*(seen[sender] for sender in senders))
    assert used == {f"127.0.0.1:{port}" for port in cluster.rasa_ports}


def test_sender_query_parameter_routes_too(cluster: Cluster) -> None:
    """Clients that cannot set a header send ?sender=; nginx hashes on it."""
    import json
    import urllib.request

    for _ in range(2):
        request = urllib.request.Request(
            f"{cluster.url}/webhooks/rest/webhook?sender=query-routed",
            data=json.dumps({"sender": "query-routed", "message": "hallo"}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            assert json.loads(response.read())
    assert len(routes(cluster, ["query-routed"])["query-routed"]) == 1


def test_http_api_is_not_published(cluster: Cluster) -> None:
    import urllib.error
    import urllib.request

    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(f"{cluster.url}/conversations/route-0/tracker", timeout=10)
    assert error.value.code == 404


def test_twenty_concurrent_messages_of_one_sender(cluster: Cluster) -> None:
    sender = "concurrent-20"
    texts = [f"hoeveel mensen keerden terug in {year}" for year in range(2013, 2026)]
    texts += ["wat is vrijwillige terugkeer", "hoeveel bagage mag ik meenemen", "moet ik de reis zelf betalen",
              "wat is een terugkeerloket", "hallo", "dank je", "wie kan terugkeren"]
    assert len(texts) == 20
    start = threading.Barrier(len(texts))

    def one(text: str) -> list[dict[str, Any]]:
        start.wait()
        return send(cluster.url, sender, text)

    with ThreadPoolExecutor(len(texts)) as pool:
        replies = list(pool.map(one, texts))
    assert all(replies), "a message got no reply"

    assert cluster.postgres
    events = postgres_events(cluster.postgres, sender)
    said = user_texts(events)
    assert Counter(said) == Counter(texts), "a user message was lost or stored twice"
    # The lock kept the turns apart: after each user message the bot acts, then listens,
    # before the next user message is processed.
    names = [(e["event"], e.get("name")) for e in events]
    user_positions = [i for i, (kind, _) in enumerate(names) if kind == "user"]
    for here, following in zip(user_positions, user_positions[1:] + [len(names)], strict=False):
        between = names[here + 1:following]
        assert ("action", "action_listen") in between, f"turn interleaved with the next: {between}"
        assert between[-1] == ("action", "action_listen") or between[-1][0] != "action", between
    keys = [(e["event"], e.get("timestamp"), e.get("name"), e.get("text")) for e in events]
    assert len(keys) == len(set(keys)), "an event was stored twice"


def test_socketio_through_nginx_survives_a_reconnect(cluster: Cluster) -> None:
    import socketio  # python-socketio, pinned in requirements.txt

    session_id = "socketio-through-nginx"

    async def say(text: str, transports: list[str], expect: str) -> list[str]:
        client = socketio.AsyncClient(reconnection=False)
        confirmed = asyncio.Event()
        answers: asyncio.Queue[str] = asyncio.Queue()
        client.on("session_confirm", lambda *_: confirmed.set())
        client.on("bot_uttered", lambda data: answers.put_nowait(data.get("text", "")))
        await client.connect(cluster.url, socketio_path="/socket.io/", transports=transports)
        try:
            await client.emit("session_request", {"session_id": session_id})
            await asyncio.wait_for(confirmed.wait(), 30)
            await client.emit("user_uttered", {"message": text, "session_id": session_id})
            received: list[str] = []
            while not any(expect in answer for answer in received):
                received.append(await asyncio.wait_for(answers.get(), 60))
            return received
        finally:
            await client.disconnect()

    first = asyncio.run(say("hoeveel mensen keerden terug in 2023?", ["websocket"], "2.952"))
    assert any("2.952" in answer for answer in first)
    # A new connection (long polling: several HTTP requests nginx must keep on one instance)
    # continues the same conversation: the follow-up knows the question.
    second = asyncio.run(say("en in 2022?", ["polling"], "2.673"))
    assert any("2.673" in answer and "2022" in answer for answer in second)
    assert cluster.postgres
    said = user_texts(postgres_events(cluster.postgres, session_id))
    assert said == ["hoeveel mensen keerden terug in 2023?", "en in 2022?"]


def test_conversation_continues_after_every_instance_restarts(cluster: Cluster) -> None:
    sender = "restart-postgres"
    first = reply_text(send(cluster.url, sender, FIGURE_COUNTRY_QUESTION))
    assert "145" in first, first
    send(cluster.url, "restart-control", FIGURE_COUNTRY_QUESTION)
    uninterrupted = reply_text(send(cluster.url, "restart-control", "en in 2021?"))
    without_context = reply_text(send(cluster.url, "restart-fresh", "en in 2021?"))
    assert uninterrupted != without_context, "the follow-up does not depend on the conversation"

    for index in range(cluster.instances):
        cluster.stop_instance(index)
    cluster.start_instances(range(cluster.instances))

    assert reply_text(send(cluster.url, sender, "en in 2021?")) == uninterrupted
    later = reply_text(send(cluster.url, sender, "en in 2014?"))
    assert "127" in later and "Georgië" in later, later
    assert cluster.postgres
    said = user_texts(postgres_events(cluster.postgres, sender))
    assert said == [FIGURE_COUNTRY_QUESTION, "en in 2021?", "en in 2014?"]


def test_no_conversation_lost_when_an_instance_dies_under_load(cluster: Cluster) -> None:
    # ASCII ids: nginx logs the routing header escaped, and header values are not UTF-8 anyway.
    senders = {f"loss-{n}-{i}": country for i in range(3) for n, country in enumerate(COUNTRIES)}
    for sender, country in senders.items():
        assert COUNTRIES[country][0] in reply_text(send(cluster.url, sender, country_question(country)))
    before = routes(cluster, senders)
    per_instance = Counter(next(iter(before[sender])) for sender in senders)
    victim_address, victim_count = per_instance.most_common(1)[0]
    assert victim_count > 0
    victim = [f"127.0.0.1:{port}" for port in cluster.rasa_ports].index(victim_address)

    turns = 8
    done = Counter[str]()
    lock = threading.Lock()
    failures: list[int] = []
    wrong: list[str] = []

    def converse(sender: str) -> None:
        year_2014 = COUNTRIES[senders[sender]][1]
        for turn in range(turns):
            text = "en in 2014?" if turn % 2 == 0 else "en in 2023?"
            answer, failed = send_retrying(cluster.url, sender, text)
            expected = year_2014 if turn % 2 == 0 else COUNTRIES[senders[sender]][0]
            if expected not in reply_text(answer):
                wrong.append(f"{sender} {text}: {reply_text(answer)}")
            with lock:
                done[sender] += 1
                failures.append(failed)

    with ThreadPoolExecutor(len(senders)) as pool:
        futures = [pool.submit(converse, sender) for sender in senders]
        deadline = time.monotonic() + 120
        while sum(done.values()) < len(senders) and time.monotonic() < deadline:
            time.sleep(0.05)
        cluster.stop_instance(victim, signal.SIGKILL)
        for future in futures:
            future.result(timeout=300)

    assert not wrong, wrong
    assert cluster.postgres
    moved = [s for s in senders if before[s] == {victim_address}]
    assert moved, "no conversation was on the killed instance"
    for sender, country in senders.items():
        said = user_texts(postgres_events(cluster.postgres, sender))
        assert said[0] == country_question(country)
        # Every answered turn is stored; a resent message may be stored twice when the instance
        # died after saving it and before answering.
        assert turns + 1 <= len(said) <= turns + 1 + sum(failures), said
    after = routes(cluster, senders)
    for sender in moved:
        assert after[sender] - {victim_address}, f"{sender} never reached the surviving instance"
