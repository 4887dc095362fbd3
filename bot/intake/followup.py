"""After the card: a follow-up question ("en welke documenten heeft hij nodig?") answered for that client."""

from __future__ import annotations

import re
from typing import Any

from bot.intake import client as c
from bot.intake.client import Client
from bot.intake.dialogue import intake_step
from bot.intake.sources import fold

# Words that say which line of the card a follow-up is about (folded; "*" = word prefix).
FOLLOWUP_WORDS: dict[str, tuple[str, ...]] = {
    "documents": (
        "document*",
        "paspoort*",
        "pasport*",
        "paspoord*",
        "laissez*",
        "reisdocument*",
        "papieren",
        "ambassade*",
        "identiteit*",
        "reispas",
    ),
    "figures": ("hoeveel", "cijfer*", "aantal*", "statistiek*", "teruggekeerd", "terugkeerders"),
    "reintegration": (
        "re integratie*",
        "reintegratie*",
        "integratie*",
        "steun",
        "ondersteuning",
        "project",
        "starten",
        "onderneming",
        "hulp bij",
        "kwetsba*",
        "budget",
    ),
    "reception": ("opvang*", "blijven", "terugkeerplaats*", "slapen", "wonen", "onderdak", "verblijven"),
    "apply": (
        "waar",
        "loket*",
        "aanvragen",
        "aanvraag",
        "aanmelden",
        "adres*",
        "bellen",
        "nummer",
        "contact*",
        "sturen",
        "doorverwijzen",
        "stuur",
        "heen",
    ),
    "eligible": ("aanmerking", "mag", "mogen", "kan hij", "kan ze", "kan zij", "recht", "toegelaten", "terugkeren"),
}
# FAQ topics (bot/faq.py) that are about one line of the card.
FAQ_TOPIC_LINES: dict[str, str] = {
    "travel_documents": "documents",
    "costs": "documents",
    "where_to_apply": "apply",
    "return_desk_cities": "apply",
    "contact": "apply",
    "reintegration_support": "reintegration",
    "reintegration_entitled": "reintegration",
    "reception_before_return": "reception",
    "open_return_places": "reception",
    "eligibility": "eligible",
}


def _matches(folded: str, form: str) -> bool:
    if form.endswith("*"):
        return re.search(r"(?<!\S)" + re.escape(form[:-1]), folded) is not None
    return re.search(r"(?<!\S)" + re.escape(form) + r"(?!\S)", folded) is not None


def followup_line(text: str, faq_topic: str | None = None) -> str | None:
    """The kind of card line the question is about, or None (then: the FAQ answer itself).

    An FAQ question decides by its topic (FAQ_TOPIC_LINES; a topic not on the card gives None).
    Without a topic (e.g. "wie heeft daar recht op?") the words of the question decide, in the
    order of FOLLOWUP_WORDS.
    """
    if faq_topic:
        return FAQ_TOPIC_LINES.get(faq_topic)
    folded = fold(text)
    for kind, forms in FOLLOWUP_WORDS.items():
        if any(_matches(folded, form) for form in forms):
            return kind
    return None


def is_intake_done(slots: dict[str, object]) -> bool:
    """True if a card was shown and its client is still in the slots."""
    return bool(slots.get("intake_done")) and any(slots.get(name) is not None for name in c.REQUIRED_SLOTS)


def followup_changes(text: str, current: Client) -> dict[str, Any]:
    """Slot values a follow-up changes ("en als ze zwanger is?", "nee, hij komt uit Moldavië")."""
    step = intake_step(text, None, current)
    return {} if step.stop else {k: v for k, v in step.values.items() if k in c.ALL_SLOTS}
