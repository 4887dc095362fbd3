"""Context across kinds of answer: which figures a follow-up builds on (issue 11).

A follow-up ("hoeveel mensen kregen dat in 2023?", "en hoeveel Dublinvertrekken kwamen daar nog
bij?") builds on the answer given last. That is a figure answer (its query is kept in the
`figure_query` slot) or an FAQ answer about something the figures count: re-integration support,
Dublin departures, open return places. `previous_for_followup` picks the one given last.
A figure question about "dat land" or "zijn land" is about the country an earlier message of
the user named ("Mijn cliënt wil terug naar Georgië ..."): `conversation_country`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.faq import TOPIC_KEYS
from bot.figures.model import Query
from bot.figures.parse import countries_in
from bot.figures.text import fold

FAQ_PREFIX = "utter_faq/"
FIGURE_PREFIX = "utter_figure"

# FAQ topic -> the figures its answer is about. A year is set where the answer names one
# (utter_faq/reintegration_support: "In 2023 kreeg 70% ..."; open return places: "eind 2023").
FAQ_FIGURES: Mapping[str, Query] = {
    "reintegration_support": Query(kind="reintegration", years=(2023,)),
    "reintegration_entitled": Query(kind="reintegration"),
    "reintegration_followup": Query(kind="reintegration"),
    "dublin": Query(kind="dublin"),
    "open_return_places": Query(kind="reception", reception="places_return"),
}


def faq_figures(topic: str, last_figures: Query | None = None) -> Query | None:
    """The figures an FAQ answer is about, or None (the answer has none).

    An answer that names no year takes the year of the figure question before it ("hoeveel in
    2023?", "wat is Dublin?", "hoeveel Dublinvertrekken kwamen daar nog bij?": 2023).
    """
    query = FAQ_FIGURES.get(topic)
    if query is None:
        return None
    if not query.years and query.reception is None and last_figures is not None and len(last_figures.years) == 1:
        query = replace(query, years=last_figures.years)
    return query


def previous_for_followup(response_names: Sequence[str], last_figures: Query | None) -> Query | None:
    """The query a follow-up builds on, given the bot's responses (oldest first).

    The answer given last wins: after a figure answer, the query kept in the slot
    (`last_figures`); after an FAQ answer about figures, those figures. FAQ answers without
    figures ("wat is IOM?") are passed over.
    """
    for name in reversed(response_names):
        if name.startswith(FIGURE_PREFIX):
            return last_figures
        if name.startswith(FAQ_PREFIX):
            topic = name[len(FAQ_PREFIX):]
            query = faq_figures(topic, last_figures) if topic in TOPIC_KEYS else None
            if query is not None:
                return query
    return last_figures


# "naar dat land", "zijn land", "daarheen": the country the conversation is about.
COUNTRY_REFERENCE = re.compile(r"(?<!\S)(?:dat|dit|zijn|haar|hun|het) land(?!\S)|(?<!\S)(?:daarheen|naar daar)(?!\S)")
# How many earlier user messages are searched for that country (the latest first).
EARLIER_MESSAGES = 5


def conversation_country(text: str, earlier: Sequence[str]) -> str | None:
    """The country of an earlier user message, for a question that refers to one ("naar dat land")
    and names none itself; None otherwise."""
    if countries_in(text) or not COUNTRY_REFERENCE.search(fold(text)):
        return None
    for message in reversed(earlier[-EARLIER_MESSAGES:]):
        found = countries_in(message)
        if found:
            return found[-1]
    return None
