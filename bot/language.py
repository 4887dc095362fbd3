"""Which language a message is in: Dutch, French, English, another script, or noise.

Plain Python (no rasa import). `components/language.py` puts the verdict into Rasa's NLU output.

Short Dutch with typos must never be taken for French or English, so a message counts as French
or English only when lingua-language-detector (restricted to Dutch, French and English) is sure
AND the message has no word that is typically Dutch. "Typically Dutch" is decided from the word
frequency lists of pyspellchecker: a word whose relative frequency in Dutch is higher than in
English and French. A message with no letters of the Latin script is "another script". A message
of Latin letters with no word known in Dutch, English or French (and no digit, and no word from
`extra_words`, e.g. the country names of the figures) is noise.
`make language-eval` / tests/test_language.py measure the false positives on the Dutch data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

Verdict = Literal["dutch", "french", "english", "other_script", "noise"]

# lingua's confidence in French/English needed before we reply in that language.
FOREIGN_CONFIDENCE = 0.80
# lingua's confidence in French or English must lead its confidence in Dutch by this much.
FOREIGN_MARGIN = 0.1
# Fewer words than this are never French or English: single greetings are in the training data.
MIN_FOREIGN_WORDS = 3
# A word counts as known when it occurs at least this often in a pyspellchecker frequency list.
MIN_COUNT = 50
# A word is typical of a language when its relative frequency there is this many times its relative
# frequency in each of the other two.
DUTCH_RATIO = 2.0

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class Detector(Protocol):
    """What we use of lingua's LanguageDetector."""

    def compute_language_confidence_values(self, text: str) -> list[Any]:  # pragma: no cover - protocol
        ...


@dataclass(frozen=True)
class Vocabulary:
    """Word counts per language (lower case, accents kept) and their totals."""

    dutch: Mapping[str, int]
    english: Mapping[str, int]
    french: Mapping[str, int]
    extra_words: frozenset[str] = frozenset()
    totals: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        totals = {name: sum(getattr(self, name).values()) for name in ("dutch", "english", "french")}
        object.__setattr__(self, "totals", totals)

    def _relative(self, language: str, word: str) -> float:
        total = self.totals[language]
        return getattr(self, language).get(word, 0) / total if total else 0.0

    def is_known(self, word: str) -> bool:
        """The word is in one of the three languages or in `extra_words`."""
        if word in self.extra_words or strip_accents(word) in self.extra_words:
            return True
        return any(counts.get(word, 0) >= MIN_COUNT for counts in (self.dutch, self.english, self.french))

    def is_near_known(self, word: str) -> bool:
        """One typo (deletion, swap, replacement, insertion) away from a known word; words of 4+ letters."""
        return len(word) >= 4 and any(self.is_known(candidate) for candidate in edits1(word))

    def typical_language(self, word: str) -> str | None:
        """`dutch`, `english` or `french` when the word is far more frequent in that language."""
        counts = {"dutch": self.dutch, "english": self.english, "french": self.french}
        relative = {name: self._relative(name, word) for name in counts}
        for name, table in counts.items():
            others = [value for other, value in relative.items() if other != name]
            if table.get(word, 0) >= MIN_COUNT and all(relative[name] >= DUTCH_RATIO * value for value in others):
                return name
        return None


def strip_accents(word: str) -> str:
    """`coûte` -> `coute`."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits1(word: str) -> set[str]:
    """Every string one edit away from `word` (Norvig's spelling corrector)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + replaces + inserts)


def words(text: str) -> list[str]:
    """The words of a message, lower case."""
    return [w.lower() for w in _WORD.findall(text)]


def is_latin(char: str) -> bool:
    """A letter of the Latin script (a-z with or without accents)."""
    return "LATIN" in unicodedata.name(char, "")


def script_of(text: str) -> Literal["latin", "other", "none"]:
    """`other` when most letters are not Latin, `none` without letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "none"
    latin = sum(1 for c in letters if is_latin(c))
    return "latin" if latin * 2 >= len(letters) else "other"


def _outnumbers_dutch(foreign: int, dutch: int) -> bool:
    """Enough words typical of one foreign language, and more than twice the typically Dutch ones."""
    return foreign >= MIN_FOREIGN_WORDS - 1 and foreign > 2 * dutch


def classify(text: str, detector: Detector, vocabulary: Vocabulary) -> Verdict:
    """The language of one user message (see the module docstring)."""
    script = script_of(text)
    if script == "other":
        return "other_script"
    tokens = words(text)
    if not tokens:
        return "dutch"  # digits, punctuation, emoji: leave them to the NLU model
    # Words: one known word, or else every word one typo from a known one ("hoevel mensn");
    # a single near miss among strings of letters ("kjhg fdsa") is still noise.
    has_known = any(vocabulary.is_known(t) for t in tokens) or all(vocabulary.is_near_known(t) for t in tokens)
    if not has_known and not any(ch.isdigit() for ch in text):
        return "noise"
    if len(tokens) < MIN_FOREIGN_WORDS:
        return "dutch"  # "bonjour", "thanks", "merci beaucoup": the NLU model knows these greetings
    typical = [vocabulary.typical_language(t) for t in tokens]
    dutch = typical.count("dutch")
    if dutch and not any(_outnumbers_dutch(typical.count(name), dutch) for name in ("french", "english")):
        return "dutch"  # with a typically Dutch word only the first rule below could say otherwise: skip lingua
    values = detector.compute_language_confidence_values(text)
    if not values:
        return "dutch"
    best = values[0]
    name = getattr(best.language, "name", str(best.language)).lower()
    if name not in {"french", "english"}:
        return "dutch"
    # Too close to Dutch ("stop de intake": English 0.50, Dutch 0.45): a Dutch assistant assumes Dutch.
    dutch_value = next((float(v.value) for v in values if getattr(v.language, "name", "").lower() == "dutch"), 0.0)
    if float(best.value) - dutch_value < FOREIGN_MARGIN:
        return "dutch"
    foreign = typical.count(name)
    # Both must agree: lingua names the language, and its typical words outnumber the Dutch ones.
    if _outnumbers_dutch(foreign, dutch) and float(best.value) >= FOREIGN_CONFIDENCE / 2:
        return name  # type: ignore[return-value]
    if float(best.value) >= FOREIGN_CONFIDENCE and dutch == 0:
        return name  # type: ignore[return-value]
    return "dutch"


def build_detector() -> Detector:
    """lingua's detector for Dutch, French and English, models loaded now."""
    from lingua import Language, LanguageDetectorBuilder

    return (
        LanguageDetectorBuilder.from_languages(Language.DUTCH, Language.FRENCH, Language.ENGLISH)
        .with_preloaded_language_models()
        .build()
    )


def load_vocabulary(extra_words: Iterable[str] = ()) -> Vocabulary:
    """pyspellchecker's Dutch, English and French word counts (words seen at least MIN_COUNT times)."""
    from spellchecker import SpellChecker

    def counts(language: str) -> dict[str, int]:
        frequency = SpellChecker(language=language, distance=1).word_frequency
        return {w: c for w, c in frequency.dictionary.items() if c >= MIN_COUNT}

    extra = frozenset(w.lower() for text in extra_words for w in words(text))
    extra = extra | frozenset(strip_accents(w) for w in extra)
    return Vocabulary(dutch=counts("nl"), english=counts("en"), french=counts("fr"), extra_words=extra)
