"""The held-out and blind scores over several trainings that differ only in their random seeds.

A single `make eval` is one training: it cannot tell a change's effect from the seed's
(docs/understanding.md has both spreads).
`make eval-seeds` trains config.yml once per seed (every component's `random_seed` set to it),
runs tools/eval/run_eval.py on each model and prints each measure's mean, lowest and highest value.
The seeds are fixed, never chosen on the results.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tools.eval.run_eval import DEFAULT_DATA, HERE

SEEDS = (42, 7, 2024)
BLIND = [HERE / "blind" / "blind_faq.yml", HERE / "blind" / "blind_figures.yml"]
MEASURES = (
    "answer_accuracy",
    "answer_accuracy_unseen",
    "out_of_scope_caught",
    "out_of_scope_brochure_answer",
    "suggestions_hold_the_topic",
    "figure_accuracy",
)


def with_seed(config: dict[str, Any], seed: int) -> dict[str, Any]:
    """The config with every pipeline component and policy that has a `random_seed` set to `seed`."""
    seeded = copy.deepcopy(config)
    for part in ("pipeline", "policies"):
        for component in seeded.get(part) or []:
            if "random_seed" in component:
                component["random_seed"] = seed
    return seeded


def summarise(reports: list[dict[str, Any]]) -> dict[str, tuple[float, float, float, int]]:
    """Mean, lowest and highest value of each measure, and in how many reports it was measured."""
    summary = {}
    for name in MEASURES:
        values = [float(r[name]) for r in reports if isinstance(r.get(name), (int, float))]
        if values:
            summary[name] = (statistics.fmean(values), min(values), max(values), len(values))
    return summary


def main(argv: list[str]) -> int:
    """Train once per seed, evaluate each model, print the spread."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=Path("config.yml"))
    parser.add_argument("--seeds", type=int, nargs="+", default=list(SEEDS))
    parser.add_argument("--out", type=Path, default=Path("results/eval-seeds"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    config = yaml.safe_load(args.config.read_text(encoding="utf-8"))
    bin_dir = Path(sys.executable).parent
    reports: dict[str, list[dict[str, Any]]] = {"held-out": [], "blind": []}
    for seed in args.seeds:
        seeded = args.out / f"config-{seed}.yml"
        seeded.write_text(yaml.safe_dump(with_seed(config, seed), sort_keys=False), encoding="utf-8")
        subprocess.run([str(bin_dir / "rasa"), "train", "--config", str(seeded), "--out", str(args.out / "models"),
                        "--fixed-model-name", f"seed-{seed}"], check=True)
        model = args.out / "models" / f"seed-{seed}.tar.gz"
        for name, data in (("held-out", DEFAULT_DATA), ("blind", BLIND)):
            out = args.out / f"{name}-{seed}"
            subprocess.run([sys.executable, "-m", "tools.eval.run_eval", "--model", str(model), "--out", str(out),
                            "--data", *map(str, data)], check=False)
            reports[name].append(json.loads((out / "report.json").read_text(encoding="utf-8")))
    print(f"\nseeds {', '.join(map(str, args.seeds))}: mean (lowest - highest)")
    for name, per_seed in reports.items():
        for measure, (mean, low, high, n) in summarise(per_seed).items():
            print(f"  {name:9} {measure:30} {mean:6.1%} ({low:.1%} - {high:.1%}, {n} models)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
