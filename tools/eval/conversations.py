"""Score follow-up conversations against a trained model, in this process (`make eval`).

    python -m tools.eval.conversations --model models/current.tar.gz --data tools/eval/dev_conversations.yml

Each conversation is `turns` (the user's messages) and what the reply to the last turn must be:
  - `expect`: strings that must all appear in it (thousands separators normalised: "2 069" = "2.069");
  - `answer: faq/<topic>`: the FAQ answer of that topic;
  - `expect_unknown: true`: no figure exists, so the reply must say so (a "not available" response).
Every earlier turn must get a reply. A conversation is right when all of that holds.

The model runs with Rasa's processor and the rasa-sdk actions are called in this process (as in
tests/e2e/test_fuzz_model.py); each message first goes through the channel's checks
(bot/user_input.py). Only the totals are printed; the misses go to --out/conversation_misses.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot import faq, user_input

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = [HERE / "dev_conversations.yml"]
MAX_CHARS = 1000
# A reply that says honestly that the sources hold no such figure uses a response whose name says so.
NO_DATA = re.compile(r"not_found|unknown|no_data|not_available|unavailable|not_listed|in_other|no_country")
_SEPARATOR = re.compile(r"(?<=\d)[.\s\u00a0\u202f](?=\d{3}(?!\d))")


@dataclass(frozen=True)
class Conversation:
    """One conversation and what the reply to its last turn must be."""

    turns: tuple[str, ...]
    expect: tuple[str, ...] = ()
    answer: str | None = None  # faq/<topic>
    expect_unknown: bool = False


@dataclass
class Turn:
    """The bot's reply to one turn: the texts shown and the response names used."""

    texts: list[str] = field(default_factory=list)
    responses: list[str] = field(default_factory=list)


def load(path: Path) -> list[Conversation]:
    """Read `examples:` with `turns` and one of `expect`, `answer`, `expect_unknown`."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found = []
    for item in data.get("examples", []):
        turns = tuple(str(t) for t in item.get("turns") or [])
        conversation = Conversation(
            turns=turns,
            expect=tuple(str(e) for e in item.get("expect") or []),
            answer=str(item["answer"]) if item.get("answer") else None,
            expect_unknown=bool(item.get("expect_unknown", False)),
        )
        if not turns or not (conversation.expect or conversation.answer or conversation.expect_unknown):
            raise ValueError(f"{path}: a conversation needs turns and expect, answer or expect_unknown: {item}")
        found.append(conversation)
    return found


def normalise(text: str) -> str:
    """Lower case, thousands separators removed: "2 069" and "2.069" both become "2069"."""
    return _SEPARATOR.sub("", text).lower()


def last_turn_right(conversation: Conversation, reply: Turn) -> bool:
    """Is the reply to the last turn what the conversation expects?"""
    if conversation.expect_unknown:
        return any(NO_DATA.search(name) for name in reply.responses)
    if conversation.answer:
        return faq.response_name(faq.topic_of_intent(conversation.answer) or "?") in reply.responses
    text = normalise("\n".join(reply.texts))
    return all(normalise(value) in text for value in conversation.expect)


def right(conversation: Conversation, replies: list[Turn]) -> bool:
    """Every turn got a reply and the last one is the expected one."""
    return (
        len(replies) == len(conversation.turns)
        and all(turn.texts for turn in replies)
        and last_turn_right(conversation, replies[-1])
    )


class InProcessActions:
    """Stands in for the action endpoint: runs the rasa-sdk actions in this process."""

    def __init__(self) -> None:
        from rasa_sdk.executor import ActionExecutor

        self.executor = ActionExecutor()
        self.executor.register_package("actions")
        self.url = "in-process"
        self.kwargs: dict[str, Any] = {}  # Rasa reads endpoint options (selective domain) from here

    async def request(self, method: str = "post", subpath: str | None = None, **kwargs: Any) -> Any:
        return await self.executor.run(kwargs["json"]) or {"events": [], "responses": []}


async def replay(agent: Any, conversation: Conversation) -> list[Turn]:
    """Send the turns in a fresh conversation; the reply to each turn."""
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    sender = f"eval-{uuid.uuid4().hex}"
    replies = []
    for text in conversation.turns:
        incoming = user_input.check_message(text, MAX_CHARS, faq.TOPIC_KEYS)
        collector = CollectingOutputChannel()
        await agent.handle_message(UserMessage(incoming.text, collector, sender))
        tracker = await agent.processor.get_tracker(sender)
        events = list(tracker.events)
        last_user = max((i for i, e in enumerate(events) if getattr(e, "type_name", "") == "user"), default=-1)
        names = [
            str((getattr(e, "metadata", None) or {}).get("utter_action", ""))
            for e in events[last_user + 1 :]
            if getattr(e, "type_name", "") == "bot"
        ]
        texts = [str(m.get("text") or "") for m in collector.messages if m.get("text") or m.get("buttons")]
        replies.append(Turn(texts=texts, responses=names))
    return replies


def main(argv: list[str]) -> int:
    """Replay every conversation; print how many are right on every turn."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("models/current.tar.gz"))
    parser.add_argument("--data", type=Path, nargs="*", default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=Path("results/eval-conversations"))
    args = parser.parse_args(argv)

    from rasa.core.agent import Agent

    from components import action_faults

    conversations = [c for path in args.data for c in load(path)]
    agent = Agent.load(str(args.model), action_endpoint=InProcessActions())  # type: ignore[arg-type]
    action_faults.install(timeout=30)
    loop = asyncio.new_event_loop()
    misses = []
    ok = 0
    for conversation in conversations:
        replies = loop.run_until_complete(replay(agent, conversation))
        if right(conversation, replies):
            ok += 1
        else:
            misses.append({"turns": list(conversation.turns), "replies": [r.__dict__ for r in replies]})
    loop.close()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "conversation_misses.json").write_text(json.dumps(misses, ensure_ascii=False, indent=1), "utf-8")
    report = {"data": [str(p) for p in args.data], "conversations": len(conversations), "conversations_right": ok}
    (args.out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    share = ok / max(len(conversations), 1)
    print(f"conversations right on every turn: {ok} of {len(conversations)} ({share:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
