"""Which evaluation questions the training data already holds, word for word or nearly.

Two people who write "wat is caritas international?" independently write the same question, so a
held-out or blind set shares some short questions with data/nlu even though nothing was copied.
`make eval` reports the right answers on the rest as well ("unseen"), so that a score is not read
as understanding what the model was simply trained on. Equal means equal after `fold` (case,
accents, punctuation); near means a word-set overlap (Jaccard) of at least NEAR.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.figures.text import fold

NEAR = 0.8


@dataclass
class TrainingIndex:
    """The folded training texts, for equality and near-equality lookups."""

    texts: set[str] = field(default_factory=set)
    by_word: dict[str, list[frozenset[str]]] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: Iterable[str]) -> TrainingIndex:
        """Index these training texts."""
        index = cls()
        for text in texts:
            folded = fold(text)
            if not folded or folded in index.texts:
                continue
            index.texts.add(folded)
            bag = frozenset(folded.split())
            for word in bag:
                index.by_word.setdefault(word, []).append(bag)
        return index

    def holds(self, text: str) -> bool:
        """Is this text, or one nearly equal to it, a training text?"""
        folded = fold(text)
        if folded in self.texts:
            return True
        bag = frozenset(folded.split())
        if not bag:
            return False
        candidates = {other for word in bag for other in self.by_word.get(word, ())}
        return any(len(bag & other) / len(bag | other) >= NEAR for other in candidates)

