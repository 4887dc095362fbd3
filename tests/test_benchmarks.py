"""The training benchmark reads per-component times from Rasa's log."""

from __future__ import annotations

from benchmarks.train_time import component_times

LOG = """\
2026-12-01 19:51:20 INFO     rasa.engine.training.hooks  - Starting to train component 'CountVectorsFeaturizer'.
2026-12-01 19:51:25 INFO     rasa.engine.training.hooks  - Finished training component 'CountVectorsFeaturizer'.
Epochs: 100%|██████████| 40/40
2026-12-01 19:51:25 INFO     rasa.engine.training.hooks  - Starting to train component 'DIETClassifier'.
2026-12-01 19:53:10 INFO     rasa.engine.training.hooks  - Finished training component 'DIETClassifier'.
"""


def test_component_times() -> None:
    assert component_times(LOG) == [("CountVectorsFeaturizer", 5.0), ("DIETClassifier", 105.0)]


def test_component_times_ignores_unfinished_components() -> None:
    assert component_times(LOG.splitlines()[0]) == []
