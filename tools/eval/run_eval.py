"""Held-out evaluation against a running bot (`make eval`).

For every FAQ / small-talk example it reports
  - intent accuracy (DIET's intent; `faq/<topic>` counts as `faq`),
  - response-selector accuracy (the topic, for examples whose intent was `faq`),
  - answer accuracy: the response the user really gets through the REST channel,
and for out-of-scope examples how often the bot says honestly that it cannot help.
For every figure example it sends the turns to the bot and checks the exact numbers in the reply.

Files in our format (see tools/eval/heldout_*.yml) or Rasa NLU YAML (`nlu:` with intents) are accepted.
Writes a report, the confusion table and the misses to --out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tools.eval.overlap import TrainingIndex
from tools.servers import BotServers, running_bot

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = [HERE / "heldout_faq.yml", HERE / "heldout_figures.yml"]

# What counts as an honest "I can't help with that" for an out-of-scope question.
DECLINE_RESPONSES = {
    "utter_out_of_scope", "utter_ask_rephrase", "utter_fallback_contact", "utter_suggest_topics", "utter_ask_own_words"
}
# "Bedoel je...?": the likely topics as buttons (actions/faq.py, action_suggest_topics).
SUGGESTIONS_RESPONSE = "utter_suggest_topics"
SMALL_TALK_RESPONSES = {
    "greet": "utter_greet",
    "goodbye": "utter_goodbye",
    "thank": "utter_thank",
    "bot_challenge": "utter_bot_challenge",
    "request_human": "utter_request_human",
    "out_of_scope": "utter_out_of_scope",
}
# A figure answer that says the data has no answer uses a response whose name says so.
NO_DATA_PATTERN = re.compile(r"not_found|unknown|no_data|not_available|unavailable|not_listed|in_other|no_country")


@dataclass
class Example:
    """One held-out question: either an intent example or a figure conversation."""

    turns: list[str]
    intent: str | None = None
    style: str = ""
    expect: list[str] = field(default_factory=list)
    expect_unknown: bool = False


def load_examples(path: Path) -> list[Example]:
    """Read our format (`examples:`) or Rasa's NLU YAML (`nlu:`)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if "nlu" in data:
        examples = []
        for block in data["nlu"]:
            if "intent" not in block:
                continue
            for line in block.get("examples", "").splitlines():
                text = re.sub(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}", lambda m: m.group(1) or m.group(2),
                              line.strip().lstrip("- ").strip())
                if text:
                    examples.append(Example([text], intent=block["intent"]))
        return examples
    result = []
    for item in data.get("examples", []):
        turns = item.get("turns") or [item["text"]]
        result.append(
            Example(
                turns=[str(t) for t in turns],
                intent=item.get("intent"),
                style=item.get("style", ""),
                expect=[str(e) for e in item.get("expect", [])],
                expect_unknown=bool(item.get("expect_unknown", False)),
            )
        )
    return result


def training_texts(data_dir: Path) -> list[str]:
    """Every NLU training example under data_dir (the generated lookup tables are not examples)."""
    return [example.turns[-1] for path in sorted(data_dir.rglob("*.yml")) for example in load_examples(path)]


def converse(bot: BotServers, turns: list[str]) -> tuple[str, list[str]]:
    """Send the turns in a fresh conversation; the text and response names of the last reply."""
    text, names, _ = converse_with_buttons(bot, turns)
    return text, names


def converse_with_buttons(bot: BotServers, turns: list[str]) -> tuple[str, list[str], list[str]]:
    """As `converse`, plus the payloads of the last reply's buttons."""
    sender = f"eval-{uuid.uuid4().hex}"
    messages: list[dict[str, Any]] = []
    for turn in turns:
        messages = bot.send(turn, sender)
    tracker = bot.tracker(sender, timeout=30) or {}
    events = tracker.get("events", [])
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=-1)
    names = [
        (e.get("metadata") or {}).get("utter_action", "")
        for e in events[last_user + 1 :]
        if e.get("event") == "bot"
    ]
    payloads = [str(b.get("payload", "")) for m in messages for b in m.get("buttons") or []]
    return "\n".join(m.get("text", "") for m in messages), names, payloads


def expected_response(intent: str) -> str:
    """The response a correct answer to this intent uses."""
    if intent.startswith("faq/"):
        return f"utter_{intent}"
    return SMALL_TALK_RESPONSES.get(intent, intent)


def parse_labels(parse: dict[str, Any]) -> tuple[str, str | None]:
    """DIET's intent and, for `faq`, the topic the ResponseSelector chose (``faq/<topic>``)."""
    intent = (parse.get("intent") or {}).get("name") or ""
    topic = None
    if intent == "faq":
        response = ((parse.get("response_selector") or {}).get("faq") or {}).get("response") or {}
        topic = response.get("intent_response_key")
    return intent, topic


def evaluate_intents(
    bot: BotServers, examples: list[Example], out: Path, training: TrainingIndex | None = None
) -> dict[str, Any]:
    """Intent, response-selector and answer accuracy; out-of-scope handling; the answer accuracy on
    the questions the training data does not hold (tools/eval/overlap.py)."""
    training = training or TrainingIndex()
    per_label: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: Counter[tuple[str, str]] = Counter()
    misses = []
    totals: Counter[str] = Counter()
    for example in examples:
        assert example.intent is not None
        text = example.turns[-1]
        intent, topic = parse_labels(bot.parse(text))
        _, responses, buttons = converse_with_buttons(bot, example.turns)
        given = responses[0] if responses else "(none)"
        label = example.intent
        stats = per_label[label]
        stats["n"] += 1
        if label == "out_of_scope":
            caught = given in DECLINE_RESPONSES
            totals["oos"] += 1
            totals["oos_caught"] += caught
            totals["oos_brochure"] += given.startswith("utter_faq/")
            stats["answer_ok"] += caught
            if not caught:
                misses.append({"text": text, "expected": label, "given": given, "intent": intent, "topic": topic})
            confusion[(label, given)] += 1
            continue
        expected_intent = "faq" if label.startswith("faq/") else label
        intent_ok = intent == expected_intent
        answer_ok = given == expected_response(label)
        totals["in_scope"] += 1
        totals["intent_ok"] += intent_ok
        totals["answer_ok"] += answer_ok
        if not training.holds(text):
            totals["unseen"] += 1
            totals["unseen_ok"] += answer_ok
        stats["intent_ok"] += intent_ok
        stats["answer_ok"] += answer_ok
        if label.startswith("faq/") and intent_ok:
            totals["selector_n"] += 1
            totals["selector_ok"] += topic == label
            stats["selector_n"] += 1
            stats["selector_ok"] += topic == label
        if label.startswith("faq/") and given == SUGGESTIONS_RESPONSE:
            totals["suggested"] += 1
            totals["suggested_ok"] += any(f'"topic": "{label[4:]}"' in payload for payload in buttons)
        confusion[(label, given)] += 1
        if not answer_ok:
            misses.append({"text": text, "expected": label, "given": given, "intent": intent, "topic": topic})

    with open(out / "confusion.tsv", "w", encoding="utf-8") as handle:
        handle.write("expected\tgiven_response\tcount\n")
        for (expected, given), count in sorted(confusion.items()):
            handle.write(f"{expected}\t{given}\t{count}\n")
    with open(out / "intent_misses.json", "w", encoding="utf-8") as handle:
        json.dump(misses, handle, ensure_ascii=False, indent=1)

    print(f"{'label':34} {'n':>4} {'intent':>7} {'select':>7} {'answer':>7}")
    for label in sorted(per_label):
        s = per_label[label]
        selector = f"{s['selector_ok'] / s['selector_n']:.0%}" if s["selector_n"] else "-"
        intent_rate = f"{s['intent_ok'] / s['n']:.0%}" if label != "out_of_scope" else "-"
        print(f"{label:34} {s['n']:>4} {intent_rate:>7} {selector:>7} {s['answer_ok'] / s['n']:>7.0%}")
    report: dict[str, Any] = {
        "in_scope_examples": totals["in_scope"],
        "intent_accuracy": totals["intent_ok"] / max(totals["in_scope"], 1),
        "response_selector_accuracy": totals["selector_ok"] / max(totals["selector_n"], 1),
        "answer_accuracy": totals["answer_ok"] / max(totals["in_scope"], 1),
        "unseen_in_scope_examples": totals["unseen"],
        "answer_accuracy_unseen": totals["unseen_ok"] / max(totals["unseen"], 1),
        "out_of_scope_examples": totals["oos"],
        "out_of_scope_caught": totals["oos_caught"] / max(totals["oos"], 1),
        "out_of_scope_brochure_answer": totals["oos_brochure"] / max(totals["oos"], 1),
        "faq_questions_given_suggestions": totals["suggested"],
        "misses": len(misses),
    }
    if totals["suggested"]:  # no FAQ fallback: nothing to measure, not 0%
        report["suggestions_hold_the_topic"] = totals["suggested_ok"] / totals["suggested"]
    return report


def evaluate_figures(bot: BotServers, examples: list[Example], out: Path) -> dict[str, Any]:
    """Does the last reply carry every expected number (or say honestly that there is none)?"""
    ok = 0
    misses = []
    for example in examples:
        text, names = converse(bot, example.turns)
        if example.expect_unknown:
            passed = any(NO_DATA_PATTERN.search(name) for name in names)
        else:
            passed = bool(example.expect) and all(value.lower() in text.lower() for value in example.expect)
        ok += passed
        if not passed:
            misses.append({"turns": example.turns, "expect": example.expect or "unknown", "reply": text,
                           "responses": names})
    with open(out / "figure_misses.json", "w", encoding="utf-8") as handle:
        json.dump(misses, handle, ensure_ascii=False, indent=1)
    return {"figure_examples": len(examples), "figure_accuracy": ok / max(len(examples), 1)}


def main(argv: list[str]) -> int:
    """Run the evaluation; exit 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("models/current.tar.gz"))
    parser.add_argument("--data", type=Path, nargs="*", default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=Path("results/eval"))
    parser.add_argument("--rasa-port", type=int, default=5105)
    parser.add_argument("--actions-port", type=int, default=5155)
    parser.add_argument("--training-data", type=Path, default=Path("data"), help="for the 'unseen' accuracy")
    args = parser.parse_args(argv)

    examples = [e for path in args.data for e in load_examples(path)]
    intent_examples = [e for e in examples if e.intent is not None]
    figure_examples = [e for e in examples if e.intent is None]
    args.out.mkdir(parents=True, exist_ok=True)

    with running_bot(args.model, args.rasa_port, args.actions_port, log_dir=args.out / "logs") as bot:
        report: dict[str, Any] = {"data": [str(p) for p in args.data]}
        if intent_examples:
            training = TrainingIndex.of(training_texts(args.training_data))
            report.update(evaluate_intents(bot, intent_examples, args.out, training))
        if figure_examples:
            report.update(evaluate_figures(bot, figure_examples, args.out))

    (args.out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print()
    for key, value in report.items():
        if key != "data":
            print(f"{key:28} {value:.1%}" if isinstance(value, float) else f"{key:28} {value}")
    print(f"\nconfusion table and misses in {args.out}/")
    # Issue 11's targets; the brochure-answer share of out-of-scope questions is a ceiling.
    targets = [
        ("answer_accuracy", 0.97),
        ("out_of_scope_caught", 0.95),
        ("suggestions_hold_the_topic", 0.80),
        ("figure_accuracy", 0.95),
    ]
    missed = [name for name, target in targets if name in report and report[name] < target]
    if report.get("out_of_scope_brochure_answer", 0.0) > 0.005:
        missed.append("out_of_scope_brochure_answer")
    if missed:
        print("below target: " + ", ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
