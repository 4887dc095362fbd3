"""Is a message really a description of a client? The check behind the `describe_client` intent.

The NLU model's `describe_client` is greedy: a question that mentions a client and one fact
("Heeft een uitgeprocedeerde cliënt nog recht op dringende medische hulp via het OCMW?") would start
an intake. A message counts as a description only when it names at least two intake facts
(country, status, place, vulnerability, documents), or one fact and the client ("mijn cliënt ...").
A question needs three facts: "Mijn cliënt komt uit Georgië, is uitgeprocedeerd en woont in Gent.
Wat kan ze krijgen?" is still a description. components/intake_gate.py applies the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from bot.intake import client as c
from bot.intake.parse import parse_message
from bot.intake.sources import fold

DESCRIBE_CLIENT = "describe_client"
# Intents that start or feed the intake: never chosen for a message that is not a description.
INTAKE_INTENTS: frozenset[str] = frozenset({DESCRIBE_CLIENT, "inform_intake", "start_intake", "stop_intake"})
FALLBACK = "nlu_fallback"

CLIENT = re.compile(
    r"(?<!\S)(?:client|cliente|clienten|klant|klante|bewoner|bewoonster|ik begeleid|wij begeleiden)(?!\S)"
)
# The migrant speaking about themselves ("ik kom uit Brazilië, hoe ..."): not a social worker's description.
# "ik heb een vraag over een Colombiaanse man" is the social worker speaking.
SELF = re.compile(
    r"(?<!\S)(?:ik (?:ben|kom|kwam|kreeg|woon|zit|verblijf|sta|slaap|leef|heb geen|heb een(?! vraag)|heb nooit|had)|"
    r"mijn (?:paspoort|asiel\w*|procedure|papieren|verblijf\w*|beslissing|kinderen|dochter|zoon))(?!\S)"
)
QUESTION_WORDS: frozenset[str] = frozenset(
    {
        "wat",
        "hoe",
        "waar",
        "wanneer",
        "wie",
        "welke",
        "welk",
        "waarom",
        "hoeveel",
        "kan",
        "kun",
        "kunt",
        "kunnen",
        "mag",
        "mogen",
        "moet",
        "moeten",
        "is",
        "zijn",
        "heeft",
        "hebben",
        "krijgt",
        "krijgen",
        "komt",
        "bestaat",
        "wordt",
        "worden",
        "geldt",
        "gelden",
        "klopt",
        "zou",
        "zouden",
        "blijft",
        "behoudt",
        "valt",
        "reist",
        "organiseert",
        "betaalt",
        "regelt",
        "helpt",
    }
)


WH_WORDS: frozenset[str] = frozenset({"wat", "hoe", "waar", "wanneer", "wie", "welke", "welk", "waarom", "hoeveel"})


def facts(text: str) -> set[str]:
    """The intake slots a message names (the city counts with the place, not alone)."""
    parsed = parse_message(text)
    found = {slot for slot in parsed.values if slot != c.SLOT_CITY}
    if parsed.vulnerabilities or parsed.no_vulnerability:
        found.add(c.SLOT_VULNERABILITIES)
    return found


def is_question(text: str) -> bool:
    """A question mark, or a part that starts like a Dutch question ("..., hoe krijg ik een arbeidskaart")."""
    if "?" in text:
        return True
    parts = [words for words in (fold(part).split() for part in re.split(r"[,.;:!\n]+", text)) if words]
    if parts and parts[0][0] in QUESTION_WORDS:
        return True
    # Later parts: only a question word ("..., hoe krijg ik"), not a verb ("..., is zwanger").
    return any(words[0] in WH_WORDS for words in parts[1:])


def is_client_description(text: str) -> bool:
    """True if the message describes a client's situation (see the module docstring)."""
    folded = fold(text)
    if SELF.search(folded) and not CLIENT.search(folded):
        return False
    found = len(facts(text))
    if is_question(text):
        return found >= 3
    return found >= 2 or (found == 1 and CLIENT.search(folded) is not None)


def gated_intent(text: str, ranking: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The intent to use instead of `describe_client` when the text is no description, else None.

    The best-ranked intent that does not start or feed the intake, with its confidence; `nlu_fallback`
    when the ranking has none.
    """
    if is_client_description(text):
        return None
    for entry in ranking:
        name = str(entry.get("name") or "")
        if name and name not in INTAKE_INTENTS:
            return {"name": name, "confidence": float(entry.get("confidence") or 0.0)}
    return {"name": FALLBACK, "confidence": 0.0}
