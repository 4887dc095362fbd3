"""Load benchmark (`make bench`): the single instance (SQLite) against the cluster (two Rasa
instances, PostgreSQL, Redis, nginx), side by side in one run.

For each concurrency (1, 8, 32) both targets get the same closed-loop load in turn: that many
simulated users, each sending the conversation in MESSAGES through the REST channel and the next
message as soon as the reply arrives, for a fixed time. Reported: p50/p95/p99 latency, messages
per second, errors, and the resident memory (RSS) of every Rasa instance and the action server.
`--soak 600` then runs the cluster for 10 minutes at concurrency 8 and reports memory growth.
`--profile` times one request inside a Rasa process (benchmarks/profile.py).

A benchmark, not a test: it writes docs/benchmarks.md and names the machine.

    python -m benchmarks.load --model models/current.tar.gz --out docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from benchmarks.latency import MESSAGES, percentile
from deploy.cluster import Cluster, Single
from deploy.services import ROOT, Service, _process_tree, remove_tree


@dataclass
class Result:
    """One target at one concurrency."""

    target: str
    concurrency: int
    latencies_ms: list[float]
    seconds: float
    errors: int

    @property
    def rate(self) -> float:
        return len(self.latencies_ms) / self.seconds

    def row(self) -> str:
        lat = self.latencies_ms or [float("nan")]
        return (
            f"| {self.target} | {self.concurrency} | {len(self.latencies_ms)} | {self.rate:.1f} | "
            f"{statistics.median(lat):.0f} | {percentile(lat, 95):.0f} | {percentile(lat, 99):.0f} | {self.errors} |"
        )


async def load(url: str, concurrency: int, seconds: float, header: bool) -> tuple[list[float], float, int]:
    """Closed loop: `concurrency` users, each a conversation after the other, for `seconds`."""
    latencies: list[float] = []
    errors = 0
    stop_at = time.monotonic() + seconds
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=60)

    async def user(session: aiohttp.ClientSession) -> None:
        nonlocal errors
        while time.monotonic() < stop_at:
            sender = f"bench-{uuid.uuid4().hex}"
            headers = {"X-Conversation-Id": sender} if header else {}
            for text in MESSAGES:
                if time.monotonic() >= stop_at:
                    return
                start = time.perf_counter()
                try:
                    async with session.post(
                        f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, headers=headers
                    ) as response:
                        await response.read()
                        ok = response.status == 200
                except (aiohttp.ClientError, asyncio.TimeoutError):
                    ok = False
                if ok:
                    latencies.append((time.perf_counter() - start) * 1000)
                else:
                    errors += 1

    began = time.monotonic()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        await asyncio.gather(*(user(session) for _ in range(concurrency)))
    return latencies, time.monotonic() - began, errors


def measure(target: str, url: str, concurrency: int, seconds: float, header: bool) -> Result:
    latencies, elapsed, errors = asyncio.run(load(url, concurrency, seconds, header))
    result = Result(target, concurrency, latencies, elapsed, errors)
    print(result.row(), flush=True)
    return result


def rss_mb(service: Service) -> float:
    """Resident memory of a service's process tree, in MB."""
    total = 0
    for pid in _process_tree(service.pid):
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kb = 0
    with contextlib.suppress(OSError, ValueError, IndexError):
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    load1, load5, _ = os.getloadavg()
    return (
        f"{platform.node()}: {os.cpu_count()} cores ({cpu}), {mem_kb / 1024 / 1024:.0f} GB RAM, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}; "
        f"load average at start {load1:.1f} / {load5:.1f}"
    )


def warm_up(url: str, header: bool) -> None:
    asyncio.run(load(url, 2, 5.0, header))


def soak(cluster: Cluster, seconds: float) -> list[str]:
    """Concurrency 8 for `seconds`; RSS of each instance every minute."""
    lines = ["| minute | " + " | ".join(s.name for s in cluster.rasa if s) + " | msgs/s |", "|---|---|---|---|"]
    samples = []
    steps = max(1, int(seconds // 60))
    for minute in range(1, steps + 1):
        latencies, elapsed, _ = asyncio.run(load(cluster.url, 8, seconds / steps, True))
        memory = [rss_mb(s) for s in cluster.rasa if s]
        samples.append(memory)
        cells = " | ".join(f"{m:.0f} MB" for m in memory)
        lines.append(f"| {minute} | {cells} | {len(latencies) / elapsed:.1f} |")
        print(lines[-1], flush=True)
    growth = [last - first for first, last in zip(samples[0], samples[-1], strict=False)]
    lines.append("")
    lines.append("Growth from the first to the last minute: " + ", ".join(f"{g:+.0f} MB" for g in growth) + ".")
    return lines


def busy_share(seconds: float = 5.0) -> float:
    """Share of all CPUs busy over `seconds` (from /proc/stat), measured while this benchmark runs nothing."""

    def sample() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
        idle = fields[3] + fields[4]  # idle + iowait
        return sum(fields[:8]) - idle, sum(fields[:8])

    busy0, total0 = sample()
    time.sleep(seconds)
    busy1, total1 = sample()
    return (busy1 - busy0) / max(total1 - total0, 1)


def busy_warning(before: float, after: float) -> list[str]:
    """The other work on the machine, measured just before and just after the run; a warning when it is not small.

    The load average is no measure here: the benchmark's own load raises it.
    """
    line = (
        "- Other work on the machine (CPU busy while the benchmark ran nothing, 5 s before and after): "
        f"{before:.0%} / {after:.0%}."
    )
    if max(before, after) <= 0.15:
        return [line]
    return [
        line,
        "- **The machine was busy**: these numbers measure the contention, not the bot. "
        "Re-run `make bench` on a quiet machine.",
    ]


def write_report(
    path: Path,
    results: Sequence[Result],
    memory: list[str],
    extra: list[str],
    about: str,
    seconds: float,
    busy: tuple[float, float],
) -> None:
    by = {(r.target, r.concurrency): r for r in results}
    ratio = by[("cluster", 8)].rate / by[("single", 8)].rate if by.get(("single", 8)) and by[("single", 8)].rate else 0
    single_median = statistics.median(by[("single", 1)].latencies_ms) if by.get(("single", 1)) else float("nan")
    text = [
        "# Load benchmark",
        "",
        "Written by `make bench` (benchmarks/load.py); re-run it rather than editing this file.",
        "",
        f"- Machine: {about}",
        f"- Run: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC; each cell a closed loop of that "
        f"many users for {seconds:.0f} s, after a warm-up; messages: the 10-turn conversation of "
        "benchmarks/latency.py (FAQ, small talk, figure questions with a follow-up, out of scope), "
        "a new conversation after every 10.",
        "- single: one `rasa run` with endpoints.yml (SQLite tracker store, in-memory lock store), "
        "REST straight to it. cluster: two instances with deploy/endpoints.production.yml "
        "(PostgreSQL 15, Redis 7) behind nginx 1.22 (hash on X-Conversation-Id); "
        "each target has its own action server.",
        *busy_warning(*busy),
        "",
        "| target | concurrency | messages | msgs/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|---|---|",
        *[r.row() for r in results],
        "",
        f"Cluster / single at concurrency 8: **{ratio:.2f}x** (target >= 1.4x). "
        f"Single median at concurrency 1: **{single_median:.0f} ms** (target <= 25 ms).",
        "",
        "Resident memory after the load:",
        "",
        *memory,
        "",
        *extra,
    ]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "current.tar.gz")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--seconds", type=float, default=20.0, help="per target and concurrency")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--soak", type=float, default=0.0, help="seconds of soak on the cluster (600: 10 minutes)")
    parser.add_argument("--profile", action="store_true", help="also time the parts of one request")
    args = parser.parse_args(argv)
    about = machine()
    print(f"Machine: {about}", flush=True)
    before = busy_share()
    directory = Path(tempfile.mkdtemp(prefix="terugkeer-bench-"))
    single = Single(directory / "single", args.model)
    cluster = Cluster(directory / "cluster", args.model)
    results: list[Result] = []
    memory: list[str] = []
    extra: list[str] = []
    try:
        print("Starting the single instance and the cluster ...", flush=True)
        single.start()
        cluster.start()
        warm_up(single.url, False)
        warm_up(cluster.url, True)
        print("| target | concurrency | messages | msgs/s | p50 ms | p95 ms | p99 ms | errors |", flush=True)
        for concurrency in args.concurrency:  # interleaved, so both see the same machine
            results.append(measure("single", single.url, concurrency, args.seconds, header=False))
            results.append(measure("cluster", cluster.url, concurrency, args.seconds, header=True))
        assert single.rasa and single.actions and cluster.actions
        memory = [
            "| process | RSS |", "|---|---|",
            f"| single: rasa | {rss_mb(single.rasa):.0f} MB |",
            f"| single: action server | {rss_mb(single.actions):.0f} MB |",
            *[f"| cluster: {s.name} | {rss_mb(s):.0f} MB |" for s in cluster.rasa if s],
            f"| cluster: action server | {rss_mb(cluster.actions):.0f} MB |",
        ]
        for name, part in (("nginx", cluster.nginx), ("PostgreSQL", cluster.postgres), ("Redis", cluster.redis)):
            if part and part.service:
                memory.append(f"| cluster: {name} | {rss_mb(part.service):.0f} MB |")
        print("\n".join(memory), flush=True)
        if args.soak:
            single.stop()
            extra += ["## Soak", "", f"Cluster, concurrency 8, {args.soak / 60:.0f} minutes; RSS per instance:", ""]
            extra += soak(cluster, args.soak)
        if args.profile:
            single.stop_rasa()
            from benchmarks import profile

            extra += profile.report(args.model, single.environment())
    finally:
        single.stop()
        cluster.stop()
        remove_tree(directory)
    after = busy_share()
    print(f"Other work on the machine before / after: {before:.0%} / {after:.0%}", flush=True)
    write_report(args.out, results, memory, extra, about, args.seconds, (before, after))
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
