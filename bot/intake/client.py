"""The client's situation as the intake records it: five questions, the city, and their slot values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

UNKNOWN = "unknown"  # "weet ik niet": the question is skipped, the card says what depends on it

# Administrative status (brochure §3).
PROCEDURE = "procedure"  # asylum procedure running
NEGATIVE = "negative"  # negative decision on the asylum application
NO_RESIDENCE = "no_residence"  # no legal residence, never started a procedure
OTHER_PROCEDURE = "other_procedure"  # tourist, student, family reunification, regularisation, ...
STATUSES: tuple[str, ...] = (PROCEDURE, NEGATIVE, NO_RESIDENCE, OTHER_PROCEDURE)

# Where the client lives now (brochure §4, §8, §9).
RECEPTION_CENTRE = "reception_centre"
RETURN_PLACE = "return_place"
OUTSIDE = "outside"
PLACES: tuple[str, ...] = (RECEPTION_CENTRE, RETURN_PLACE, OUTSIDE)

# Vulnerabilities that get extra attention (brochure §7); several at once.
PREGNANT = "pregnant"
HEALTH = "health"
MINOR = "unaccompanied_minor"
TRAFFICKING = "trafficking"
FAMILY = "family_children"
NONE = "none"
VULNERABILITIES: tuple[str, ...] = (PREGNANT, HEALTH, MINOR, TRAFFICKING, FAMILY)

# Travel documents (brochure §11).
VALID_PASSPORT = "valid_passport"
EXPIRED = "expired"
NO_DOCUMENTS = "none"
DOCUMENTS: tuple[str, ...] = (VALID_PASSPORT, EXPIRED, NO_DOCUMENTS)

# The five return desks of Fedasil (brochure §5); any other city is kept as written.
DESK_CITIES: tuple[str, ...] = ("Brussel", "Antwerpen", "Gent", "Luik", "Charleroi")

# Slot names, in the order the form asks them (the city is optional: asked with the place).
SLOT_COUNTRY = "intake_country"
SLOT_STATUS = "intake_status"
SLOT_PLACE = "intake_place"
SLOT_CITY = "intake_city"
SLOT_VULNERABILITIES = "intake_vulnerabilities"
SLOT_DOCUMENTS = "intake_documents"
REQUIRED_SLOTS: tuple[str, ...] = (SLOT_COUNTRY, SLOT_STATUS, SLOT_PLACE, SLOT_VULNERABILITIES, SLOT_DOCUMENTS)
ALL_SLOTS: tuple[str, ...] = (*REQUIRED_SLOTS, SLOT_CITY)


@dataclass(frozen=True)
class Client:
    """What the intake knows; None = not asked yet, UNKNOWN = skipped."""

    country: str | None = None
    status: str | None = None
    place: str | None = None
    city: str | None = None
    vulnerabilities: tuple[str, ...] | None = None
    documents: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> Client:
        """Read the intake slots (a list slot may come back as a list)."""
        vulns = slots.get(SLOT_VULNERABILITIES)
        return cls(
            country=slots.get(SLOT_COUNTRY),
            status=slots.get(SLOT_STATUS),
            place=slots.get(SLOT_PLACE),
            city=slots.get(SLOT_CITY),
            vulnerabilities=tuple(vulns) if vulns is not None else None,
            documents=slots.get(SLOT_DOCUMENTS),
        )

    def to_slots(self) -> dict[str, Any]:
        """The slot values (lists for the list slot)."""
        return {
            SLOT_COUNTRY: self.country,
            SLOT_STATUS: self.status,
            SLOT_PLACE: self.place,
            SLOT_CITY: self.city,
            SLOT_VULNERABILITIES: list(self.vulnerabilities) if self.vulnerabilities is not None else None,
            SLOT_DOCUMENTS: self.documents,
        }

    @property
    def real_vulnerabilities(self) -> tuple[str, ...]:
        """The vulnerabilities of §7 the client has (without none/unknown), in the brochure's order."""
        have = set(self.vulnerabilities or ())
        return tuple(v for v in VULNERABILITIES if v in have)

    def missing(self) -> list[str]:
        """Required slots not asked yet, in the order the form asks them."""
        slots = self.to_slots()
        return [name for name in REQUIRED_SLOTS if slots[name] is None]


def merge_vulnerabilities(previous: Sequence[str] | None, found: Sequence[str], removed: Sequence[str]) -> list[str]:
    """Add the vulnerabilities just named, drop the ones just denied; "none" only when nothing is left."""
    keep = [v for v in (previous or ()) if v in VULNERABILITIES and v not in removed]
    added = [v for v in found if v in VULNERABILITIES]
    result = [v for v in VULNERABILITIES if v in set(keep) | set(added)]
    if result:
        return result
    if NONE in found or removed:
        return [NONE]
    return list(previous or [])
