"""Mixed questions: "Hoeveel organiseerde Fedasil in 2014 en hoeveel DVZ?" asks two figures.

`split_parts` cuts a message before each further "hoeveel" that follows "en", a comma or a
question mark; bot.figures.reply answers every part ("hoeveel DVZ" takes the year 2014 of the
other part).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bot.figures.model import Reply
from bot.figures.text import fold

MAX_PARTS = 3
_SPLIT = re.compile(r"\s*(?:[,;?]\s*(?:en\s+)?|\s+en\s+)(?=(?:hoe\s?veel|hoevel)\b)", re.IGNORECASE)


def split_parts(text: str) -> list[str]:
    """The parts of a message that asks several figures; one part for any other message."""
    parts = [part.strip(" ,;") for part in _SPLIT.split(text)]
    parts = [part for part in parts if fold(part)]
    if len(parts) < 2 or len(parts) > MAX_PARTS:
        return [text]
    return parts


def entities_in(part: str, entities: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The NLU entities whose value is written in this part (the others belong to another part)."""
    folded = f" {fold(part)} "
    return [e for e in entities if isinstance(e.get("value"), str) and f" {fold(e['value'])} " in folded]


def new_figures(reply: Reply, given: Sequence[Reply]) -> bool:
    """Does this reply give a figure the replies before it did not? ("hoeveel DVZ" after the split
    total of Fedasil and DVZ gives nothing new.)"""
    shown = {str(v) for earlier in given for k, v in earlier.values.items() if k != "source"}
    own = {str(v) for k, v in reply.values.items() if k != "source"}
    return not own <= shown
