"""Reading the travel documents of a message (the word lists: words_documents.py).

Pure functions on folded text, used by bot/intake/parse.py.
"""

from __future__ import annotations

import re

from bot.intake import client as c
from bot.intake.match import clauses, find, negated
from bot.intake.sources import fold
from bot.intake.words_documents import (
    BARE_PASSPORT,
    DOCUMENT_FORMS,
    DOCUMENT_ORDER,
    EXPIRED_AFTER_ALL,
    FIELD_NO_DOCUMENTS,
    LOST_PASSPORT,
    MEMBER_EXPIRED,
    MEMBER_WITHOUT,
    NEAR_EXPIRED,
    NEEDS_TRAVEL_DOCUMENT,
    NO_PAPERS,
    NO_PASSPORT,
    OTHER_THAN_PASSPORT,
    PASSPORT_NO_ANSWER,
    PASSPORT_RETURNED,
    PASSPORT_UNKNOWN,
    PASSPORT_WORDS,
    VALID_AFTER,
    VALID_NEARBY,
    VALID_PASSPORT,
    VALID_UNTIL,
)
from bot.intake.words_situation import CORRECTION


def passport_corrected(folded: str) -> bool:
    """The words just before the last correction cue are about the passport."""
    cues = list(CORRECTION.finditer(folded))
    return (
        bool(cues) and re.search(PASSPORT_WORDS, folded[max(0, cues[-1].start() - 40) : cues[-1].start()]) is not None
    )


def read_documents(
    folded: str, requested: str | None = None, parts: list[str] | None = None, raw: str | None = None
) -> str | None:
    parts = parts if parts is not None else [folded]
    if PASSPORT_UNKNOWN.search(folded):
        return None  # "of ze een paspoort heeft, weet ik niet"
    if PASSPORT_NO_ANSWER.search(folded):
        return c.NO_DOCUMENTS  # "Paspoort? Nee, nooit gehad."
    if raw is not None and FIELD_NO_DOCUMENTS.search(raw):
        return c.NO_DOCUMENTS  # "documenten: geen" as a line of a list
    returned = PASSPORT_RETURNED.search(folded) is not None
    if any(
        (LOST_PASSPORT.search(p) and not returned)
        or NO_PASSPORT.search(p)
        or MEMBER_WITHOUT.search(p)
        or OTHER_THAN_PASSPORT.search(p)
        for p in parts
    ):
        return c.NO_DOCUMENTS
    if any(MEMBER_EXPIRED.search(p) for p in parts):
        return c.EXPIRED
    if VALID_UNTIL.search(folded) or VALID_AFTER.search(folded):
        return c.VALID_PASSPORT
    if any(NEAR_EXPIRED.search(p) for p in parts) or EXPIRED_AFTER_ALL.search(folded):
        return c.EXPIRED
    if any(NEEDS_TRAVEL_DOCUMENT.search(p) for p in parts):
        return c.NO_DOCUMENTS
    for doc in DOCUMENT_ORDER:
        for part, (start, _end, form) in ((p, hit) for p in parts for hit in find(p, DOCUMENT_FORMS[doc])):
            if doc == c.VALID_PASSPORT and negated(part, start):
                return c.NO_DOCUMENTS
            if doc == c.NO_DOCUMENTS and returned and form not in ("geen paspoort", "zonder paspoort", "geen pas"):
                continue  # "paspoort afgenomen ... kreeg het terug"
            bare_expired = doc == c.EXPIRED and form in ("verlopen", "vervallen", "verloopt", "verlopn", "expired")
            if bare_expired and requested != c.SLOT_DOCUMENTS:
                continue  # "het visum is verlopen" says nothing about the passport
            return doc
    if any(VALID_PASSPORT.search(p) for p in parts) or (requested == c.SLOT_DOCUMENTS and folded in BARE_PASSPORT):
        return c.VALID_PASSPORT
    if VALID_NEARBY.search(folded):
        return c.VALID_PASSPORT
    if any(NO_PAPERS.search(p) for p in parts):
        return c.NO_DOCUMENTS
    return None


def documents_answer(text: str) -> str | None:
    """The travel documents in an answer to a question about them ("verlopen", "paspoort", "geen pas")."""
    return read_documents(fold(text), c.SLOT_DOCUMENTS, clauses(text))
