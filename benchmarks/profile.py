"""Where the time of one request goes (`make bench` with `--profile`, or on its own).

Loads the model in this process with endpoints.yml (SQLite tracker store, the running action
server), sends the conversation of benchmarks/latency.py a number of times, and adds up the time
of every graph node (tokenizer, featurizers, DIET, ResponseSelector, fallback, policies), the
call to the action server, the tracker store's load and save, and the whole `handle_message`.

    python -m benchmarks.profile --model models/current.tar.gz   (starts its own action server)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.latency import MESSAGES
from deploy.services import LOOPBACK, ROOT, free_port, remove_tree, start_action_server


def _timed(totals: dict[str, float], name: str | None, function: Any, is_async: bool) -> Any:
    if is_async:
        async def async_wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return await function(self, *args, **kwargs)
            finally:
                totals[name or type(self).__name__] += time.perf_counter() - start
        return async_wrapper

    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return function(self, *args, **kwargs)
        finally:
            label = name or getattr(self, "_node_name", type(self).__name__)
            totals[label] += time.perf_counter() - start
    return wrapper


async def _profile(model: Path, rounds: int) -> tuple[dict[str, float], int, float]:
    from rasa.core.actions.action import RemoteAction
    from rasa.core.agent import load_agent
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.core.utils import AvailableEndpoints
    from rasa.engine.graph import GraphNode

    totals: dict[str, float] = defaultdict(float)
    GraphNode.__call__ = _timed(totals, None, GraphNode.__call__, False)  # type: ignore[method-assign]
    RemoteAction.run = _timed(totals, "action server call (RemoteAction.run)", RemoteAction.run, True)  # type: ignore[method-assign]
    SQLTrackerStore.save = _timed(totals, "tracker store: save", SQLTrackerStore.save, True)  # type: ignore[method-assign]
    SQLTrackerStore.retrieve = _timed(totals, "tracker store: retrieve", SQLTrackerStore.retrieve, True)  # type: ignore[method-assign]

    endpoints = AvailableEndpoints.read_endpoints(str(ROOT / "endpoints.yml"))
    agent = await load_agent(model_path=str(model), endpoints=endpoints)

    async def conversation() -> None:
        sender = uuid.uuid4().hex
        for text in MESSAGES:
            await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender))

    await conversation()  # warm-up: TensorFlow builds its graphs on the first calls
    totals.clear()
    start = time.perf_counter()
    for _ in range(rounds):
        await conversation()
    return dict(totals), rounds * len(MESSAGES), time.perf_counter() - start


def report(model: Path, environment: dict[str, str], rounds: int = 10) -> list[str]:
    """Markdown lines: milliseconds per message for each part, largest first."""
    os.environ.update(environment)
    totals, messages, wall = asyncio.run(_profile(model, rounds))
    per_message = {name: seconds * 1000 / messages for name, seconds in totals.items()}
    whole = wall * 1000 / messages
    lines = [
        "## Where the time of one request goes",
        "",
        f"In-process (benchmarks/profile.py), {messages} messages one at a time, SQLite tracker store: "
        f"**{whole:.1f} ms per message** for `handle_message`. Graph nodes run once per prediction "
        "(a turn predicts 2-3 actions), so policies appear more than once per message. Largest first:",
        "",
        "| part | ms per message | share |",
        "|---|---|---|",
    ]
    for name, ms in sorted(per_message.items(), key=lambda item: -item[1]):
        if ms >= 0.05:
            lines.append(f"| {name} | {ms:.2f} | {ms / whole:.0%} |")
    print("\n".join(lines), flush=True)
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "current.tar.gz")
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)
    directory = Path(tempfile.mkdtemp(prefix="terugkeer-profile-"))
    actions = start_action_server(free_port(), directory)
    try:
        report(args.model, {
            "ACTION_ENDPOINT_URL": f"http://{LOOPBACK}:{actions.port}/webhook",
            "TRACKER_DB": str(directory / "trackers.db"),
        }, args.rounds)
    finally:
        actions.stop()
        remove_tree(directory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
