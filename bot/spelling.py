"""Spelling correction before NLU: the bot's own vocabulary wins over the Dutch dictionary.

Pure logic: the caller passes the vocabulary (words of the training data) and, if wanted, a
pyspellchecker dictionary. A word is left alone when the bot knows it, when the dictionary knows
it, when it is short or holds a digit. Otherwise it becomes the closest, most frequent word of the
bot's vocabulary (edit distance 1, then 2), or, failing that and only when `use_dictionary`, the
dictionary's own correction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Protocol

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
MIN_LENGTH = 4  # shorter words are too easily "corrected" into another word


class Dictionary(Protocol):
    """What is used of pyspellchecker's SpellChecker."""

    def __contains__(self, word: str) -> bool: ...

    def correction(self, word: str) -> str | None: ...


def vocabulary(texts: Iterable[str]) -> Counter[str]:
    """Lower-cased words and how often they occur in the texts."""
    return Counter(m.group(0).lower() for text in texts for m in WORD.finditer(text))


def _deletes(word: str, depth: int) -> set[str]:
    """The word with up to `depth` letters left out (the word itself included)."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def distance(a: str, b: str) -> int:
    """Edit distance with swaps of neighbouring letters (optimal string alignment)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


class Corrector:
    """Corrects the words of a message that neither the bot nor the dictionary knows."""

    def __init__(
        self, words: Mapping[str, int], dictionary: Dictionary | None = None, use_dictionary: bool = False
    ) -> None:
        self.words = {w: n for w, n in words.items() if len(w) >= MIN_LENGTH}
        self.dictionary = dictionary
        self.use_dictionary = use_dictionary and dictionary is not None
        self._index: dict[str, set[str]] = {}
        for word in self.words:
            for variant in _deletes(word, 2):
                self._index.setdefault(variant, set()).add(word)
        self._cache: dict[str, str] = {}

    def known(self, word: str) -> bool:
        """The bot or the dictionary knows this (lower-cased) word."""
        return word in self.words or (self.dictionary is not None and word in self.dictionary)

    def closest(self, word: str) -> str | None:
        """The vocabulary word nearest to `word` (distance 1, or 2 for words of 6 letters or more), the
        most frequent one on a tie; None when there is none."""
        limit = 1 if len(word) < 6 else 2
        candidates = {c for variant in _deletes(word, limit) for c in self._index.get(variant, ())}
        scored = [(distance(word, c), -self.words[c], c) for c in candidates]
        scored = [s for s in scored if s[0] <= limit]
        return min(scored)[2] if scored else None

    def correct_word(self, word: str) -> str:
        """The corrected form of one lower-cased word (the word itself when nothing fits)."""
        if len(word) < MIN_LENGTH or self.known(word):
            return word
        if word not in self._cache:
            best = self.closest(word)
            if best is None and self.use_dictionary and self.dictionary is not None:
                best = self.dictionary.correction(word)
            self._cache[word] = best or word
        return self._cache[word]

    def correct(self, text: str) -> str:
        """The text with every unknown word corrected; all else (case of known words, digits, punctuation) kept."""

        def replace(match: re.Match[str]) -> str:
            original = match.group(0)
            fixed = self.correct_word(original.lower())
            return original if fixed == original.lower() else fixed

        return WORD.sub(replace, text)
