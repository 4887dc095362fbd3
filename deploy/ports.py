"""Port checks for the Makefile's `shell` and `serve` recipes.

    python -m deploy.ports free RASA_PORT=5005 ACTIONS_PORT=5055
        exit 1 with a clear message when a port is taken (the bot never talks to a stranger's server)
    python -m deploy.ports wait --pid 1234 --port 5055 --url http://127.0.0.1:5055/health
        wait until the URL answers AND process 1234 (or its child) holds the listening socket
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from deploy.services import http_ok, listens_on, port_is_free


def check_free(assignments: Sequence[str]) -> list[str]:
    """Messages for every NAME=PORT whose port is taken."""
    problems = []
    for assignment in assignments:
        name, _, port = assignment.partition("=")
        if not port.isdigit():
            problems.append(f"{name} is not a port number: {port!r}")
        elif not port_is_free(int(port)):
            problems.append(
                f"Port {port} ({name}) is already in use by another program. Stop that program, "
                f"or pick a free port: make {{target}} {name}=<port>"
            )
    return problems


def wait_owned(pid: int, port: int, url: str, timeout: float) -> str | None:
    """None once `url` answers from process `pid`; else the reason it did not."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat"):
                pass
        except OSError:
            return "the process exited"
        if listens_on(pid, port) and http_ok(url) is not None:
            return None
        time.sleep(0.3)
    return f"no answer from {url} after {timeout:.0f}s"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    free = commands.add_parser("free")
    free.add_argument("--target", default="shell")
    free.add_argument("ports", nargs="+", metavar="NAME=PORT")
    wait = commands.add_parser("wait")
    wait.add_argument("--pid", type=int, required=True)
    wait.add_argument("--port", type=int, required=True)
    wait.add_argument("--url", required=True)
    wait.add_argument("--what", default="the server")
    wait.add_argument("--log", default="")
    wait.add_argument("--timeout", type=float, default=90.0)
    args = parser.parse_args(argv)
    if args.command == "free":
        problems = check_free(args.ports)
        for problem in problems:
            print(problem.replace("{target}", args.target), file=sys.stderr)
        return 1 if problems else 0
    reason = wait_owned(args.pid, args.port, args.url, args.timeout)
    if reason:
        see = f" (log: {args.log})" if args.log else ""
        print(f"{args.what} did not start: {reason}{see}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
