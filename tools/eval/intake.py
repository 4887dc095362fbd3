"""Score the intake parser on a file of client descriptions: slot accuracy and card-right rate.

`python -m tools.eval.intake [--examples FILE]` (default: tools/eval/dev_intake.yml, the
development set). The held-out set, written blind, has the same format; the lead runs it with
--examples. A description is read as a one-shot first message (`intake_step(text, None, ...)`);
a slot it does not name counts as "not said" on both sides, and the card is built with such
slots skipped ("weet ik niet") on both sides.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.intake import client as c
from bot.intake.card import build_card, render_line, templates_from_domain
from bot.intake.client import Client
from bot.intake.dialogue import intake_step
from bot.intake.places import towns
from bot.intake.sources import Dataset, country_of, fold, load_figures
from bot.intake.words_cities import CITY_FORMS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEV_SET = HERE / "dev_intake.yml"
FIELDS: dict[str, str] = {
    "country": c.SLOT_COUNTRY,
    "status": c.SLOT_STATUS,
    "place": c.SLOT_PLACE,
    "city": c.SLOT_CITY,
    "vulnerabilities": c.SLOT_VULNERABILITIES,
    "documents": c.SLOT_DOCUMENTS,
}


# The blind set's names for the same values (tools/eval/blind/blind_intake.yml: fields under `slots:`).
BLIND_VALUES: dict[str, str] = {
    "asylum_running": c.PROCEDURE,
    "negative_decision": c.NEGATIVE,
    "no_legal_residence": c.NO_RESIDENCE,
    "open_return_place": c.RETURN_PLACE,
    "outside_network": c.OUTSIDE,
    "trafficking_victim": c.TRAFFICKING,
    "expired_passport": c.EXPIRED,
    "family_with_children": c.FAMILY,
}
# The blind set's schema has no "none" for vulnerabilities: its empty list says "none of these" and
# cannot say whether the text rules them out or is silent. Either of our readings matches it.
NONE_OR_NOT_SAID = "none_or_not_said"


def _from_blind(example: Mapping[str, Any]) -> dict[str, Any]:
    """An example of the blind set in our format: its `slots`, with our value names; an empty
    vulnerability list is "none, or not said" (NONE_OR_NOT_SAID)."""
    item: dict[str, Any] = {"text": example["text"]}
    for name, value in (example.get("slots") or {}).items():
        if isinstance(value, list):
            value = [BLIND_VALUES.get(v, v) for v in value] or (NONE_OR_NOT_SAID if name == "vulnerabilities" else None)
        elif isinstance(value, str):
            value = BLIND_VALUES.get(value, value)
        item[name] = value
    return item


def load_examples(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        examples = list(yaml.safe_load(handle)["examples"])
    return [_from_blind(e) if "slots" in e else e for e in examples]


def canonical_place_names(slots: Mapping[str, Any]) -> dict[str, Any]:
    """A country and city in the bot's own names: "Democratische Republiek Congo" is "DR Congo",
    "Liège" is "Luik", a Brussels municipality is Brussel (as the card reads it: the Brussels desk),
    and a town in one language is the same GeoNames town in another ("Bastenaken" is "Bastogne")."""
    fixed = dict(slots)
    country, city = fixed.get(c.SLOT_COUNTRY), fixed.get(c.SLOT_CITY)
    if isinstance(country, str):
        fixed[c.SLOT_COUNTRY] = country_of(country) or country
    if isinstance(city, str):
        folded = fold(city)
        listed = next((name for name, forms in CITY_FORMS.items() if folded in forms), None)
        fixed[c.SLOT_CITY] = listed or towns().get(folded, city)
    return fixed


def expected_slots(example: Mapping[str, Any]) -> dict[str, Any]:
    return canonical_place_names({slot: example.get(name) for name, slot in FIELDS.items()})


def parsed_slots(text: str) -> dict[str, Any]:
    values = intake_step(text, None, Client()).values
    return {slot: values.get(slot) for slot in FIELDS.values()}


def scored_slots(text: str) -> dict[str, Any]:
    """The parser's slots, its town in the names the labels are compared in."""
    return canonical_place_names(parsed_slots(text))


def _same(slot: str, a: Any, b: Any) -> bool:
    if slot == c.SLOT_VULNERABILITIES and a is not None and b is not None:
        return set(a) == set(b)
    return a == b


def as_card_client(slots: Mapping[str, Any]) -> Client:
    """Slots not said are skipped, as after "weet ik niet"."""
    filled = {k: (v if v is not None else (None if k == c.SLOT_CITY else c.UNKNOWN)) for k, v in slots.items()}
    if filled[c.SLOT_VULNERABILITIES] == c.UNKNOWN:
        filled[c.SLOT_VULNERABILITIES] = [c.UNKNOWN]
    return Client.from_slots(filled)


@dataclass(frozen=True)
class Score:
    examples: int
    slots: int
    slots_right: int
    cards_right: int
    lines: int
    lines_right: int
    misses: tuple[str, ...]

    def report(self, misses: bool = True) -> str:
        return "\n".join(
            [
                f"{self.examples} descriptions",
                f"slot accuracy: {self.slots_right}/{self.slots} = {self.slots_right / self.slots:.1%}",
                f"card right on every line: {self.cards_right}/{self.examples}"
                f" = {self.cards_right / self.examples:.1%}",
                f"card lines right: {self.lines_right}/{self.lines} = {self.lines_right / self.lines:.1%}",
                *(self.misses if misses else ()),
            ]
        )


def score(examples: Sequence[Mapping[str, Any]], dataset: Dataset, templates: Mapping[str, str]) -> Score:
    slots = slots_right = cards_right = lines = lines_right = 0
    misses: list[str] = []
    for example in examples:
        want = expected_slots(example)
        got = scored_slots(str(example["text"]))
        if want[c.SLOT_VULNERABILITIES] == NONE_OR_NOT_SAID:
            reading = got[c.SLOT_VULNERABILITIES]
            want[c.SLOT_VULNERABILITIES] = reading if reading in (None, [c.NONE]) else None
        wrong = [s for s in FIELDS.values() if not _same(s, want[s], got[s])]
        slots += len(FIELDS)
        slots_right += len(FIELDS) - len(wrong)
        want_card = build_card(as_card_client(want), dataset)
        got_card = build_card(as_card_client(got), dataset)
        pairs = list(zip(want_card.lines, got_card.lines, strict=True))
        right = [render_line(a, templates) == render_line(b, templates) for a, b in pairs]
        lines += len(pairs)
        lines_right += sum(right)
        cards_right += all(right)
        if wrong:
            details = ", ".join(f"{s}: want {want[s]!r} got {got[s]!r}" for s in wrong)
            misses.append(f"  MISS {example['text']!r}: {details}")
    return Score(len(examples), slots, slots_right, cards_right, lines, lines_right, tuple(misses))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=Path, default=DEV_SET)
    parser.add_argument("--totals-only", action="store_true", help="no misses (for a blind set)")
    args = parser.parse_args(argv)
    with open(ROOT / "domain.yml", encoding="utf-8") as handle:
        templates = templates_from_domain(yaml.safe_load(handle))
    print(score(load_examples(args.examples), load_figures(), templates).report(misses=not args.totals_only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
