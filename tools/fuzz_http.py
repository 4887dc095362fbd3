"""`make fuzz`: a bounded number of random and hostile messages over HTTP to a loopback bot.

Starts the action server and the Rasa server (tools/servers.py, free ports, a temporary folder),
sends `--messages` requests one after another (bounded by `--max-seconds` too) and checks:
0 responses with status 5xx, 0 empty replies to a valid message, no traceback in a reply or in
either server's log, and no message text in the logs. Prints the Rasa server's memory (VmRSS) at the
end and writes results/fuzz/summary.json. Exit status 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import string
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tools.servers import ROOT, running_bot

HOSTILE = [
    "/restart", "/session_start", "/action_listen", "/action_answer_figure", "/faq", "/faq{", "/faq{}",
    '/faq{"topic": "x"}', '/ask_figure{"year": [[[[[[1]]]]]]}', '/ask_figure{"figure_month": "999"}',
    '/ask_figure{"month": "0"}', "/greet{\"topic\": \"what_is\"}", "<script>alert(1)</script>",
    "' OR 1=1; --", "{{7*7}}", "${jndi:ldap://x}", "\u202e\u202d", "\x00\x01\x02", "🙂" * 50,
    "hoeveel in 0?", "hoeveel in 999999?", "cijfers maand 13", "en in -1?", "marokko " * 120,
    "%s%s%s%n", "../../etc/passwd", "null", "[]", "{}", "NaN", "9" * 900,
]
DUTCH = [
    "hallo", "wat is vrijwillige terugkeer?", "hoeveel mensen keerden terug in 2023?", "en in 2022?",
    "wat kost het", "bedankt", "doei", "ben jij een robot", "ik wil met iemand praten",
]


def random_text(rng: random.Random) -> str:
    """Random text: letters, digits, punctuation, any Unicode, hostile snippets, Dutch questions."""
    kind = rng.randrange(6)
    if kind == 0:
        return rng.choice(HOSTILE)
    if kind == 1:
        return rng.choice(DUTCH) + rng.choice(["", " ", "!!", " " + rng.choice(HOSTILE)])
    if kind == 2:
        alphabet = string.ascii_letters + string.digits + string.punctuation + " "
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 200)))
    if kind == 3:
        return "".join(chr(rng.randint(0x20, 0x2FFFF)) for _ in range(rng.randint(1, 60)))
    if kind == 4:
        return " ".join(rng.choice(DUTCH + HOSTILE) for _ in range(rng.randint(2, 20)))
    return rng.choice(["a", "x" * rng.randint(900, 3000), "terugkeer " * rng.randint(50, 400)])


def random_body(rng: random.Random, index: int) -> tuple[bytes, bool]:
    """(body, valid): mostly valid messages, some malformed bodies."""
    if rng.random() < 0.1:
        return rng.choice(
            [b"", b"[1,2]", b'"hallo"', b"{", b"null", json.dumps({"message": "x"}).encode(),
             json.dumps({"sender": "s", "message": 5}).encode(),
             json.dumps({"sender": "s", "message": "x", "metadata": "m"}).encode()]
        ), False
    sender = f"fuzz-{index % 97}"
    return json.dumps({"sender": sender, "message": random_text(rng)}).encode(), True


def post(url: str, body: bytes, timeout: float) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "current.tar.gz")
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--max-seconds", type=float, default=1800)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "fuzz")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    problems: list[str] = []
    counts = {"sent": 0, "2xx": 0, "4xx": 0, "5xx": 0, "empty": 0}
    texts: list[str] = []
    with running_bot(args.model, rasa_port=free_port(), actions_port=free_port(), log_dir=args.out / "logs") as bot:
        url = f"{bot.rasa_url}/webhooks/rest/webhook"
        rss_start = rss_mb(bot.rasa_pid)
        started = time.monotonic()
        for index in range(args.messages):
            if time.monotonic() - started > args.max_seconds:
                problems.append(f"stopped after {index} messages: --max-seconds {args.max_seconds:g} reached")
                break
            body, valid = random_body(rng, index)
            status, raw = post(url, body, timeout=60)
            counts["sent"] += 1
            counts[f"{status // 100}xx"] = counts.get(f"{status // 100}xx", 0) + 1
            if status >= 500:
                problems.append(f"#{index}: HTTP {status}")
            if "Traceback" in raw.decode("utf-8", "replace"):
                problems.append(f"#{index}: a traceback in the reply")
            if valid:
                text = json.loads(body)["message"]
                if len(text) >= 12 and text.isprintable():
                    texts.append(text)
                replies: Any = json.loads(raw) if status == 200 else None
                if status == 200 and not (isinstance(replies, list) and replies and all(
                    r.get("text") or r.get("buttons") for r in replies
                )):
                    counts["empty"] += 1
                    problems.append(f"#{index}: an empty reply")
        elapsed = time.monotonic() - started
        rss_end = rss_mb(bot.rasa_pid)
        logs = {name: (args.out / "logs" / name).read_text(encoding="utf-8", errors="replace")
                for name in ("rasa.log", "actions.log")}
    for name, log in logs.items():
        if "Traceback" in log:
            problems.append(f"a traceback in {name}")
        leaked = [t for t in texts if t in log]
        if leaked:
            problems.append(f"{len(leaked)} message text(s) in {name}, e.g. {leaked[0][:40]!r}")
    summary = {
        **counts,
        "seconds": round(elapsed, 1),
        "rasa_rss_mb_start": round(rss_start, 1),
        "rasa_rss_mb_end": round(rss_end, 1),
        "problems": problems[:50],
    }
    (args.out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(json.dumps(summary, indent=2))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
