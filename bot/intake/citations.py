"""The source passages the intake card cites: brochure sections and the labelled second source.

Every `SourceRef` names the file, the tag the user sees and a quote printed in that file
(tests/intake/test_card.py checks each quote against the file).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.intake import client as c

BROCHURE = "seeds/003_0a9d2a51593d2a7c.txt"
NEWS = "sources/fedasil-nieuws.md"
SECOND_SOURCE_TAG = "Fedasil-nieuws, tweede bron"

# Countries whose reintegration support ended, from the second source (2025 news item).
SUPPORT_ENDED: tuple[str, ...] = ("Brazilië", "Moldavië")


@dataclass(frozen=True)
class SourceRef:
    """A passage a line rests on: the file, the tag the user sees, and text printed in that file."""

    path: str  # relative to the shared folder
    tag: str  # "brochure §3", "Fedasil-nieuws, tweede bron", "Fedasil, Balans 2023 (jaarverslag)"
    section: str | None  # "§3", "Meer weten", ... for the brochure
    quote: str


def brochure(section: str, quote: str) -> SourceRef:
    """A brochure passage; the tag names its section as the card prints it."""
    tag = f"brochure {section}" if section.startswith("§") else f"brochure '{section}'"
    return SourceRef(BROCHURE, tag, section, quote)


SECOND = SourceRef(
    NEWS, SECOND_SOURCE_TAG, None, "reintegration support for Brazil and Moldova ended by ministerial decision"
)


# ------------------------------------------------------------------------------ sources per line

S3_EVERY = brochure(
    "§3", "Elke migrant zonder wettig verblijf of in procedure kan een beroep doen op het programma voor vrijwillige"
)
ELIGIBLE_SOURCES: dict[str, tuple[SourceRef, ...]] = {
    c.PROCEDURE: (S3_EVERY,),
    c.NEGATIVE: (brochure("§3", "ongeacht welke verblijfsprocedure hij al dan niet doorlopen heeft (asielaanvraag*"),),
    c.NO_RESIDENCE: (brochure("§3", "Ook migranten die nooit een verblijfsprocedure hebben"),),
    c.OTHER_PROCEDURE: (brochure("§3", "gezinshereniging, verblijf als toerist, student, enz."),),
    c.UNKNOWN: (S3_EVERY,),
}
S8_UNTIL = brochure("§8", "kan nog opvang krijgen in België tot op het moment van vertrek")
S8_CONDITION = brochure(
    "§8", "Voorwaarde is wel dat de terugkeer realistisch is en binnen afzienbare tijd kan plaatsvinden."
)
S8_WHERE = brochure("§8", "of in een open terugkeerplaats van Fedasil")
S4_NEGATIVE = brochure("§4", "kunnen ze alleen nog opvang krijgen in een opvangcentrum van Fedasil")
S9_LIMITED = brochure("§9", "kunnen enkel nog opvang krijgen in terugkeerplaatsen en dit voor een beperkte tijd")
S9_OPEN = brochure("§9", "personen kunnen er dus vrij binnen- en buitenlopen")
S9_WORKERS = brochure(
    "§9", "Maatschappelijk werkers in de terugkeerplaatsen geven nuttige informatie over vrijwillige terugkeer"
)
S7_DEPENDS = brochure("§7", "land van herkomst, administratieve status en kwetsbaarheid")
S7_STATUS: dict[str, SourceRef] = {
    c.PROCEDURE: brochure("§7", "Zowel asielzoekers met een nog lopende procedure"),
    c.NEGATIVE: brochure("§7", "recent een negatieve beslissing ontvingen"),
    c.NO_RESIDENCE: brochure("§7", "zonder wettig verblijf krijgen deze steun"),
}
S7_ATTENTION = brochure("§7", "Er wordt hierbij extra aandacht geschonken aan")
S7_VULNERABILITY: dict[str, SourceRef] = {
    c.PREGNANT: brochure("§7", "zwangere vrouwen"),
    c.HEALTH: brochure("§7", "personen met gezondheidsproblemen"),
    c.MINOR: brochure("§7", "niet begeleide minderjarigen"),
    c.TRAFFICKING: brochure("§7", "van mensenhandel"),
    c.FAMILY: brochure("§7", "gezinnen met kinderen"),
}
S11_SELF = brochure("§11", "(paspoort of laissez-passer)")
S11_EMBASSIES = brochure("§11", "Door zijn contacten met de buitenlandse ambassades in België kan Fedasil")
S11_COSTS = brochure("§11", "te verkrijgen, worden vergoed.")
S5_DESKS = brochure("§5", "De terugkeerloketten van Fedasil")
S5_PARTNERS = brochure("§5", "een maatschappelijk werker van een partnerorganisatie")
S4_CITIES = brochure("§4", "terugkeerloketten van Fedasil of bij partnerorganisaties in de grote steden van België")
SOCIAL = brochure("Sociale begeleiding", "Maatschappelijk werkers informeren en adviseren")
MORE_PHONE = brochure("Meer weten", "0800 32 745 (werkdagen 9u - 17u)")
MORE_ADDRESSES = brochure(
    "Meer weten", "U vindt er ook de adressen van de terugkeerloketten van Fedasil en van de partners."
)
MORE_FIGURES = brochure("Meer weten", "cijfers over vrijwillige terugkeer vindt u op www.fedasil.be")
S5_TAILORED = brochure("§5", "Daar krijgen ze informatie op maat, afgestemd op hun noden.")
S7_SITUATION = brochure("§7", "Het recht op re-integratiesteun hangt af van de situatie van de migrant")


def desk_city_source(city: str) -> SourceRef:
    """The five desks are drawn on the map of the §5 page."""
    return brochure("§5", city)
