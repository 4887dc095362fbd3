"""Choose the fallback thresholds on the development set (`make sweep`), never on the held-out set.

Parses every example of the development sets (`--data`, pooled; `make sweep` gives all
tools/eval/dev_faq*.yml) once with the trained model (in-process, no server),
then replays the two fallback decisions for a grid of thresholds:
  - FallbackClassifier: DIET's top intent below `nlu` or within `ambiguity` of the second one;
  - FaqSelectorFallback: intent `faq` with a ResponseSelector confidence below `selector`, unless
    the nearest training example agrees (bot.faq.second_opinion, which also answers an out-of-scope
    intent that the selector and the nearest example both place in one topic). The model looks the
    nearest example up only where config.yml's threshold can use it, so at a higher selector
    threshold of the grid a question above config.yml's gets no second opinion in the replay.
For each setting it prints the share of in-scope questions that get the right answer, the share of
out-of-scope questions that are declined, the share of all questions that get a wrong brochure answer
(worse than none), the share of out-of-scope questions that get one, and for the FAQ questions that
fall back how often the right topic is among the "Bedoel je...?" buttons (bot.faq.suggest_topics),
next to what config.yml's thresholds give. A model with one intent per topic (no ResponseSelector)
is replayed the same way: its topic intents count as `faq/<key>`.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot import faq
from tools.eval.run_eval import HERE, load_examples

DEV_SET = HERE / "dev_faq.yml"
FALLBACK = "nlu_fallback"


@dataclass(frozen=True)
class Parsed:
    """What the model says about one message, before any fallback."""

    expected: str
    ranking: tuple[tuple[str, float], ...]  # DIET's intents, best first
    topic: str | None  # faq/<key> the ResponseSelector chose
    topic_confidence: float
    candidates: tuple[tuple[str, float], ...] = ()  # topic ranking for "Bedoel je...?"
    nearest: str | None = None  # label of the nearest training example (components/nearest_example.py)
    nearest_similarity: float = 0.0


@dataclass(frozen=True)
class Thresholds:
    """One setting of the three fallback thresholds."""

    nlu: float
    ambiguity: float
    selector: float


def decide(parsed: Parsed, t: Thresholds) -> str:
    """The label the dialogue acts on: an intent, `faq/<key>` or `nlu_fallback`."""
    if not parsed.ranking:
        return FALLBACK
    (intent, confidence), *rest = parsed.ranking
    second = rest[0][1] if rest else 0.0
    if confidence < t.nlu or confidence - second < t.ambiguity:
        return FALLBACK
    agreed = faq.second_opinion(
        intent, parsed.topic, parsed.topic_confidence, parsed.nearest, parsed.nearest_similarity, t.selector
    )
    if agreed is not None:
        return f"faq/{agreed}"
    if intent == "faq":
        key = faq.decide_faq(parsed.topic, parsed.topic_confidence, t.selector)
        return FALLBACK if key is None else f"faq/{key}"
    key = faq.topic_of_intent(intent)
    return intent if key is None else f"faq/{key}"


def is_right(parsed: Parsed, decision: str) -> bool:
    """An out-of-scope question is right when declined, any other when its own label is chosen."""
    if parsed.expected == "out_of_scope":
        return decision in (FALLBACK, "out_of_scope")
    return decision == parsed.expected


def score(parsed: list[Parsed], t: Thresholds) -> tuple[float, float, float]:
    """Answer accuracy (in scope), share of out-of-scope declined, share of all given a wrong FAQ answer."""
    decisions = [(p, decide(p, t)) for p in parsed]
    in_scope = [is_right(p, d) for p, d in decisions if p.expected != "out_of_scope"]
    out_scope = [is_right(p, d) for p, d in decisions if p.expected == "out_of_scope"]
    wrong = sum(d.startswith("faq/") and d != p.expected for p, d in decisions)
    return sum(in_scope) / max(len(in_scope), 1), sum(out_scope) / max(len(out_scope), 1), wrong / max(len(parsed), 1)


def suggestion_hits(parsed: list[Parsed], t: Thresholds, k: int = faq.SUGGESTIONS) -> tuple[int, int]:
    """FAQ questions that fall back, and how many of them get their own topic among the buttons."""
    fallbacks = [p for p in parsed if p.expected.startswith("faq/") and decide(p, t) == FALLBACK]
    hits = sum(faq.topic_of_intent(p.expected) in faq.suggest_topics(p.candidates, k) for p in fallbacks)
    return len(fallbacks), hits


def oos_answered(parsed: list[Parsed], t: Thresholds) -> float:
    """Share of out-of-scope questions that get a brochure answer."""
    oos = [p for p in parsed if p.expected == "out_of_scope"]
    return sum(decide(p, t).startswith("faq/") for p in oos) / max(len(oos), 1)


def to_parsed(expected: str, result: dict[str, Any]) -> Parsed:
    """Strip a Rasa parse result down to what the fallback decisions need."""
    ranking = tuple(
        (r["name"], float(r["confidence"])) for r in result.get("intent_ranking", []) if r["name"] != FALLBACK
    )
    selector = (result.get("response_selector") or {}).get("faq") or {}
    response = selector.get("response") or {}
    if selector.get("ranking"):
        candidates = tuple((r["intent_response_key"], float(r["confidence"])) for r in selector["ranking"])
    else:
        candidates = tuple((name, c) for name, c in ranking if faq.topic_of_intent(name))
    nearest = result.get("nearest_example") or {}
    return Parsed(
        expected,
        ranking,
        response.get("intent_response_key"),
        float(response.get("confidence") or 0.0),
        candidates,
        nearest.get("label"),
        float(nearest.get("similarity") or 0.0),
    )


async def parse_all(model: Path, texts: list[str]) -> list[dict[str, Any]]:
    """Parse the texts with the model loaded in this process."""
    from rasa.core.agent import Agent  # noqa: PLC0415 - slow import, only when run

    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in texts]


def current_thresholds(config_path: Path) -> Thresholds:
    """The thresholds config.yml uses now."""
    pipeline = yaml.safe_load(config_path.read_text(encoding="utf-8"))["pipeline"]
    by_name = {c["name"].rsplit(".", 1)[-1]: c for c in pipeline}
    fallback = by_name["FallbackClassifier"]
    return Thresholds(
        float(fallback["threshold"]),
        float(fallback["ambiguity_threshold"]),
        float(by_name.get("FaqSelectorFallback", {}).get("threshold", faq.SELECTOR_THRESHOLD)),
    )


def main(argv: list[str]) -> int:
    """Print answer accuracy and out-of-scope declines for a grid of thresholds."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("models/current.tar.gz"))
    parser.add_argument("--data", type=Path, nargs="+", default=[DEV_SET], help="development sets, pooled")
    parser.add_argument("--config", type=Path, default=Path("config.yml"))
    parser.add_argument("--misses", action="store_true", help="list the dev examples the current setting gets wrong")
    args = parser.parse_args(argv)

    examples = [e for path in args.data for e in load_examples(path) if e.intent is not None]
    results = asyncio.run(parse_all(args.model, [e.turns[-1] for e in examples]))
    parsed = [to_parsed(e.intent or "", r) for e, r in zip(examples, results, strict=True)]

    now = current_thresholds(args.config)
    selectors = (0.1, 0.2, 0.3, 0.4, 0.5) if any(p.topic for p in parsed) else (0.0,)
    grid = [
        Thresholds(n, a, s)
        for n, a, s in itertools.product(
            (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7), (0.0, 0.05, 0.1), selectors
        )
    ]
    answer, oos, wrong = score(parsed, now)
    n_fallbacks, hits = suggestion_hits(parsed, now)
    print(f"{len(parsed)} dev examples; config.yml now: {now}")
    print(f"  right answer {answer:.1%}, out-of-scope declined {oos:.1%}, wrong FAQ answer {wrong:.1%}, "
          f"out-of-scope answered {oos_answered(parsed, now):.1%}")
    print(f"  'Bedoel je' buttons hold the right topic for {hits} of {n_fallbacks} FAQ fallbacks\n")
    print(f"{'nlu':>5} {'ambig':>6} {'select':>7} {'answer':>7} {'oos':>6} {'wrong':>6} {'oos>faq':>7} {'hit@3':>9}")
    for t in grid:
        answer, oos, wrong = score(parsed, t)
        n_fallbacks, hits = suggestion_hits(parsed, t)
        print(f"{t.nlu:>5} {t.ambiguity:>6} {t.selector:>7} {answer:>7.1%} {oos:>6.1%} {wrong:>6.1%} "
              f"{oos_answered(parsed, t):>7.1%} {hits:>4}/{n_fallbacks:<4}")
    if args.misses:
        print("\nmisses with config.yml's thresholds:")
        for example, p in zip(examples, parsed, strict=True):
            got = decide(p, now)
            if not is_right(p, got):
                text = example.turns[-1]
                top = p.ranking[0] if p.ranking else ("-", 0.0)
                print(
                    f"  {p.expected:30} -> {got:30} ({top[0]} {top[1]:.2f}, {p.topic} {p.topic_confidence:.2f})  {text}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
