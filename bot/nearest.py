"""The training example nearest to a message: a second opinion on the ResponseSelector's topic.

Plain Python (scikit-learn, no Rasa): character n-grams (2-4 within words, as the NLU pipeline's
char featurizer), TF-IDF weighted, cosine similarity. `components/nearest_example.py` fits it on the
NLU training examples and puts the nearest one's label on every message; `bot.faq.second_opinion`
decides what that changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer

# Characters of a message that are compared: the channels allow 1,000 (bot/user_input.py); a longer
# text reaching the NLU some other way costs no more than that.
MAX_CHARS = 1000


@dataclass(frozen=True)
class Nearest:
    """The label of the most similar training example, and how similar it is (cosine, 0 to 1)."""

    label: str
    similarity: float


class NearestExamples:
    """Nearest-neighbour lookup over labelled example texts."""

    def __init__(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        if len(texts) != len(labels):
            raise ValueError("one label per text")
        self.texts = list(texts)
        self.labels = list(labels)
        self._vectorizer: Any = None
        self._matrix: Any = None
        if self.texts:
            self._vectorizer = TfidfVectorizer(
                analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, lowercase=True, strip_accents="unicode"
            )
            self._matrix = self._vectorizer.fit_transform(self.texts)

    def nearest(self, text: str) -> Nearest | None:
        """The nearest example's label and similarity, or None without examples or for an empty text."""
        if self._vectorizer is None or not text.strip():
            return None
        similarities = (self._matrix @ self._vectorizer.transform([text[:MAX_CHARS]]).T).toarray().ravel()
        best = int(similarities.argmax())
        return Nearest(self.labels[best], float(similarities[best]))

    def to_dict(self) -> dict[str, list[str]]:
        """What is stored with a trained model (the texts and labels; the vectorizer is refitted)."""
        return {"texts": self.texts, "labels": self.labels}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> NearestExamples:
        """The lookup stored by `to_dict`."""
        return cls([str(t) for t in data.get("texts", [])], [str(label) for label in data.get("labels", [])])
