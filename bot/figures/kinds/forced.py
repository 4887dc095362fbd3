"""Forced returns: "hoeveel mensen werden in 2023 gedwongen teruggestuurd?".

The sources count voluntary returns only; forced return is organised by the Dienst
Vreemdelingenzaken (DVZ), not by Fedasil (brochure §2). The answer says so, instead of giving the
number of voluntary returns for a question about forced ones.
"""

from __future__ import annotations

from bot.figures.data import Dataset
from bot.figures.model import Kind, Query, Reply
from bot.figures.render import responder

RESPONSES: dict[str, tuple[str, ...]] = {"utter_figure_forced": ()}
reply = responder(RESPONSES)


def answer(dataset: Dataset, query: Query) -> Reply:
    return reply("utter_figure_forced", query)


# Above every other kind: "hoeveel gedwongen terugkeer via de DVZ in 2023?" has no figure either.
KIND = Kind("forced", 300, answer, RESPONSES)
