"""Latency of the longest allowed message (MAX_MESSAGE_CHARS) against a short one, and whether
long messages hold up other conversations. A measurement for docs/security.md, not a test.

`python -m benchmarks.long_message [--rounds 25]` starts the bot on free loopback ports, then:
1. alternates a short question and messages of exactly MAX_MESSAGE_CHARS characters (Dutch text;
   500 one-letter words, the most tokens a message can have) and prints the medians;
2. sends short messages from other senders while 3 threads keep sending longest-allowed
   messages, and prints their median and worst latency next to the same without the load.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
import uuid
from pathlib import Path

from tools.fuzz_http import free_port
from tools.servers import ROOT, BotServers, running_bot

SHORT = "wat kost terugkeer?"
LIMIT = 1000


SENTENCE = (
    "ik wil graag weten hoeveel mensen vorig jaar vrijwillig zijn teruggekeerd naar hun land en wat "
    "dat kost voor mij en mijn familie als wij terug willen naar marokko of een ander land"
)


def long_dutch() -> str:
    words = SENTENCE.split()
    text = ""
    index = 0
    while len(text) + len(words[index % len(words)]) + 1 <= LIMIT:
        text += words[index % len(words)] + " "
        index += 1
    return text.ljust(LIMIT, ".")[:LIMIT]


def many_tokens() -> str:
    return ("a " * (LIMIT // 2))[:LIMIT - 1] + "?"


def timed(bot: BotServers, text: str) -> float:
    started = time.perf_counter()
    replies = bot.send(text, uuid.uuid4().hex, timeout=120)
    elapsed = time.perf_counter() - started
    assert replies, "empty reply"
    return elapsed * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "current.tar.gz")
    parser.add_argument("--rounds", type=int, default=25)
    args = parser.parse_args(argv)
    results: dict[str, object] = {}
    with running_bot(args.model, rasa_port=free_port(), actions_port=free_port()) as bot:
        texts = {"short": SHORT, "long_dutch_1000": long_dutch(), "long_500_tokens_1000": many_tokens()}
        assert all(len(t) <= LIMIT for t in texts.values())
        for text in texts.values():
            for _ in range(3):
                timed(bot, text)
        samples: dict[str, list[float]] = {name: [] for name in texts}
        for _ in range(args.rounds):
            for name, text in texts.items():
                samples[name].append(timed(bot, text))
        for name, values in samples.items():
            results[f"{name}_median_ms"] = round(statistics.median(values), 1)
            results[f"{name}_p90_ms"] = round(sorted(values)[int(0.9 * (len(values) - 1))], 1)
        baseline = [timed(bot, "hallo") for _ in range(args.rounds)]
        stop = threading.Event()

        def load() -> None:
            while not stop.is_set():
                timed(bot, many_tokens())

        threads = [threading.Thread(target=load, daemon=True) for _ in range(3)]
        for thread in threads:
            thread.start()
        time.sleep(1)
        loaded = [timed(bot, "hallo") for _ in range(args.rounds)]
        stop.set()
        for thread in threads:
            thread.join(timeout=120)
        results["hallo_alone_median_ms"] = round(statistics.median(baseline), 1)
        results["hallo_alone_max_ms"] = round(max(baseline), 1)
        results["hallo_during_3_long_streams_median_ms"] = round(statistics.median(loaded), 1)
        results["hallo_during_3_long_streams_max_ms"] = round(max(loaded), 1)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
