"""tools/eval/seeds.py: the same config with another seed, and the spread of the scores."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tools.eval.seeds import summarise, with_seed

ROOT = Path(__file__).resolve().parent.parent


def test_every_seeded_component_of_config_yml_gets_the_seed_and_nothing_else_changes() -> None:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    seeded = with_seed(config, 7)
    seeds = [c["random_seed"] for c in seeded["pipeline"] if "random_seed" in c]
    assert len(seeds) >= 2 and set(seeds) == {7}  # DIET and the ResponseSelector
    strip = [{k: v for k, v in c.items() if k != "random_seed"} for c in seeded["pipeline"]]
    assert strip == [{k: v for k, v in c.items() if k != "random_seed"} for c in config["pipeline"]]
    assert seeded["policies"] == config["policies"]
    assert {c["random_seed"] for c in config["pipeline"] if "random_seed" in c} == {42}  # not changed in place


def test_summarise_gives_mean_lowest_highest_and_skips_what_was_not_measured() -> None:
    reports = [
        {"answer_accuracy": 0.90, "suggestions_hold_the_topic": 0.5},
        {"answer_accuracy": 0.94},
        {"answer_accuracy": 0.92, "figure_accuracy": 1.0},
    ]
    summary = summarise(reports)
    assert summary["answer_accuracy"] == pytest.approx((0.92, 0.90, 0.94, 3))
    assert summary["suggestions_hold_the_topic"] == (0.5, 0.5, 0.5, 1)
    assert summary["figure_accuracy"] == (1.0, 1.0, 1.0, 1)
    assert "out_of_scope_caught" not in summary
