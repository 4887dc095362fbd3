"""Training time from an empty cache (`make bench-train`): wall time, peak memory, time per component.

Runs `rasa train` on config.yml (or `--config`), domain.yml and data/ into a temporary folder with an empty
RASA_CACHE_DIRECTORY, so nothing is reused, and reads the per-component times from Rasa's log.
A benchmark, not a test: run it with nothing else busy on the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

LOG_LINE = re.compile(
    r"^(\S+ \S+) INFO\s+rasa\.engine\.training\.hooks\s+- (Starting to train|Finished training) component '(\w+)'"
)
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def component_times(log: str) -> list[tuple[str, float]]:
    """Seconds per trained component, in training order, from Rasa's training log."""
    started: dict[str, datetime] = {}
    times: list[tuple[str, float]] = []
    for line in log.splitlines():
        match = LOG_LINE.match(ANSI.sub("", line).strip())
        if not match:
            continue
        stamp = datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S")
        name = match.group(3)
        if match.group(2).startswith("Starting"):
            started[name] = stamp
        elif name in started:
            times.append((name, (stamp - started.pop(name)).total_seconds()))
    return times


def main(argv: list[str]) -> int:
    """Train once from an empty cache and print the measurements."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rasa", default=str(Path(sys.executable).with_name("rasa")))
    parser.add_argument("--config", default="config.yml", help="the pipeline to train (another one to compare)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "RASA_CACHE_DIRECTORY": str(Path(tmp) / "cache")}
        start = time.perf_counter()
        done = subprocess.run(
            [args.rasa, "train", "--config", args.config, "--out", str(Path(tmp) / "models"),
             "--fixed-model-name", "bench"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - start
    if done.returncode != 0:
        print(done.stdout[-3000:], done.stderr[-3000:], sep="\n")
        return done.returncode
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"training from an empty cache: {seconds:.0f} s, peak memory {peak_mb:.0f} MB, {os.cpu_count()} cores")
    for name, took in component_times(done.stdout + "\n" + done.stderr):
        if took >= 1:
            print(f"  {name:28} {took:5.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
