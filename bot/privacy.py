"""Personal data in a user's message, replaced by placeholders before anything is stored.

Plain Python (no rasa import). `components/tracker_store.py` applies `redact` to every user event
(text, parse data text, entity values) before the tracker is written; `components/channels.py` uses
`find` to tell the user, once, that the bot does not need such data.

- phone numbers, Belgian and international: `phonenumbers` (region BE), valid numbers only;
  the programme's own public number (0800 32 745) is kept;
- e-mail addresses;
- Belgian national register numbers (rijksregisternummer, 11 digits) and IBANs, both checked with
  python-stdnum (checksums), so an ordinary number such as a year or an amount is never replaced;
- passport-like numbers: one or two letters followed by 6 to 8 digits (Belgian passports: EH123456).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.be import nn as stdnum_nn

PHONE = "[telefoon]"
EMAIL = "[e-mail]"
NATIONAL_NUMBER = "[rijksregisternummer]"
IBAN = "[iban]"
PASSPORT = "[paspoort]"
PLACEHOLDERS = (PHONE, EMAIL, NATIONAL_NUMBER, IBAN, PASSPORT)

# Public numbers from the sources that users may quote back (E.164).
PUBLIC_PHONE_NUMBERS = frozenset({"+3280032745"})
REGION = "BE"

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# 11 digits, optionally written 85.07.30-033.28 / 850730 033 28.
_NATIONAL_NUMBER = re.compile(r"(?<![\dA-Za-z])\d{2}[.\s]?\d{2}[.\s]?\d{2}[-.\s]?\d{3}[.\s]?\d{2}(?![\dA-Za-z])")
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){10,30}(?![A-Za-z0-9])")
_PASSPORT = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2}[ ]?\d{6,8}(?![A-Za-z0-9])")


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: where it is and which placeholder replaces it."""

    start: int
    end: int
    placeholder: str


def _emails(text: str) -> Iterator[Finding]:
    for match in _EMAIL.finditer(text):
        yield Finding(match.start(), match.end(), EMAIL)


def _ibans(text: str) -> Iterator[Finding]:
    for match in _IBAN.finditer(text):
        # The regex may run into the next word: try the longest valid prefix of the candidate.
        candidate = match.group(0)
        for end in range(len(candidate), 13, -1):
            if not candidate[end - 1].isspace() and stdnum_iban.is_valid(candidate[:end]):
                yield Finding(match.start(), match.start() + end, IBAN)
                break


def _national_numbers(text: str) -> Iterator[Finding]:
    for match in _NATIONAL_NUMBER.finditer(text):
        if stdnum_nn.is_valid(match.group(0)):
            yield Finding(match.start(), match.end(), NATIONAL_NUMBER)


def _phones(text: str) -> Iterator[Finding]:
    for match in phonenumbers.PhoneNumberMatcher(text, REGION, leniency=phonenumbers.Leniency.VALID):
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in PUBLIC_PHONE_NUMBERS:
            yield Finding(match.start, match.end, PHONE)


def _passports(text: str) -> Iterator[Finding]:
    for match in _PASSPORT.finditer(text):
        yield Finding(match.start(), match.end(), PASSPORT)


def find(text: str) -> list[Finding]:
    """Non-overlapping findings, left to right; checksum-validated kinds win over phone numbers."""
    if not text:
        return []
    found: list[Finding] = []
    for finder in (_emails, _ibans, _national_numbers, _phones, _passports):
        for finding in finder(text):
            if all(finding.end <= f.start or finding.start >= f.end for f in found):
                found.append(finding)
    return sorted(found, key=lambda f: f.start)


def redact(text: str) -> str:
    """The text with every finding replaced by its placeholder."""
    findings = find(text)
    if not findings:
        return text
    parts: list[str] = []
    position = 0
    for finding in findings:
        parts.append(text[position : finding.start])
        parts.append(finding.placeholder)
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)


def contains_personal_data(text: str) -> bool:
    """True when `find` finds anything."""
    return bool(find(text))
