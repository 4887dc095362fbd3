"""Record intake transcripts from a running bot of this tree (REST channel), for docs/intake.md and the README.

`python -m tools.intake_transcript [--model models/current.tar.gz]` starts the action server and the
Rasa server on free loopback ports (tools/servers.py), sends the conversations below and prints
what the bot answers, quick replies in brackets.
"""

from __future__ import annotations

import argparse
import socket
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

from tools.servers import BotServers, running_bot

CONVERSATIONS: dict[str, tuple[str, ...]] = {
    "one-shot": (
        "Mijn cliënte komt uit Moldavië, is uitgeprocedeerd, zit in een open terugkeerplaats, "
        "heeft gezondheidsproblemen en geen paspoort.",
        "en welke documenten heeft ze nodig?",
    ),
    "one-shot, implied place": (
        "Hij woont bij een vriend in Leuven, komt uit Guinee, heeft een bevel om het grondgebied te verlaten, "
        "niet kwetsbaar, paspoort verlopen.",
    ),
    "guided (5 messages)": (
        "intake voor een cliënt",
        "Georgië",
        "Negatieve beslissing",
        "Buiten het netwerk, in Gent",
        "gezin met kinderen, paspoort verlopen",
        "waar moet ik hem naartoe sturen?",
    ),
    "quick replies only (the greeting's button, then 4 quick replies)": (
        "hallo",
        "/start_intake",
        "Syrië",
        "Asielprocedure loopt",
        "Opvangcentrum",
        "Geen kwetsbaarheid, geen paspoort",
    ),
    "an FAQ question about a client": (
        "Heeft een uitgeprocedeerde cliënt nog recht op dringende medische hulp via het OCMW?",
    ),
    "stop and privacy": ("ik doe een intake", "hij heet Ahmed en komt uit Wakanda", "Irak", "stop"),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def record(servers: BotServers, messages: Sequence[str]) -> list[str]:
    """One conversation: every message and the bot's answers."""
    sender = f"transcript-{uuid.uuid4().hex[:8]}"
    lines: list[str] = []
    for text in messages:
        lines.append(f"> {text}")
        for answer in servers.send(text, sender, timeout=60):
            if answer.get("text"):
                lines.append(str(answer["text"]))
            buttons = answer.get("buttons") or []
            if buttons:
                lines.append("  " + " ".join(f"[{b['title']}]" for b in buttons))
        lines.append("")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=Path("models/current.tar.gz"))
    args = parser.parse_args(argv)
    with running_bot(args.model, rasa_port=free_port(), actions_port=free_port()) as servers:
        for title, messages in CONVERSATIONS.items():
            print(f"===== {title}")
            print("\n".join(record(servers, messages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
