"""Reply latency of the running bot (`make bench`): median and p95 over a fixed set of messages.

Measures the full round trip through the REST channel (NLU, policies, action server), after a
warm-up, one message at a time, each in a fresh conversation. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from pathlib import Path

from tools.servers import running_bot

MESSAGES = [
    "hallo",
    "wat is vrijwillige terugkeer",
    "wie kan terugkeren naar zijn land",
    "moet ik zelf de reis betalen?",
    "hoeveel bagage mag ik meenemen",
    "wat is een open terugkeerplaats",
    "mijn client is uitgeprocedeerd, kan hij nog terugkeren?",
    "hoeveel mensen keerden terug in 2023?",
    "en in 2022?",
    "welk weer wordt het morgen",
]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def main(argv: list[str]) -> int:
    """Start the bot, warm it up, time the replies."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=Path("models/current.tar.gz"))
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args(argv)

    with running_bot(args.model, 5205, 5255) as bot:
        for text in MESSAGES:  # warm-up: first calls build TensorFlow graphs
            bot.send(text, "warm-up")
        replies: list[float] = []
        parses: list[float] = []
        for _ in range(args.rounds):
            sender = f"bench-{uuid.uuid4().hex}"
            for text in MESSAGES:
                start = time.perf_counter()
                bot.send(text, sender)
                replies.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                bot.parse(text)
                parses.append((time.perf_counter() - start) * 1000)
    for name, values in (("reply (REST round trip)", replies), ("NLU parse only", parses)):
        print(
            f"{name:24} n={len(values)}  median {statistics.median(values):6.1f} ms  "
            f"p95 {percentile(values, 95):6.1f} ms  max {max(values):6.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
