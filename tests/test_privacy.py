"""Personal data replaced by placeholders (bot/privacy.py)."""

from __future__ import annotations

import pytest

from bot import privacy


@pytest.mark.parametrize(
    "text, expected",
    [
        ("bel me op 0470 12 34 56 aub", "bel me op [telefoon] aub"),
        ("mijn gsm: +32 470 12 34 56", "mijn gsm: [telefoon]"),
        ("mijn nummer +212 612-345678", "mijn nummer [telefoon]"),
        ("tel 02 213 44 00", "tel [telefoon]"),
        ("mail jan.peeters@example.com graag", "mail [e-mail] graag"),
        ("rijksregisternummer 85.07.30-033.28", "rijksregisternummer [rijksregisternummer]"),
        ("85073003328", "[rijksregisternummer]"),
        ("rekening BE71 0961 2345 6769 dank", "rekening [iban] dank"),
        ("NL91ABNA0417164300", "[iban]"),
        ("paspoort EH123456", "paspoort [paspoort]"),
    ],
)
def test_personal_data_is_replaced(text: str, expected: str) -> None:
    assert privacy.redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hoeveel mensen keerden terug in 2023?",
        "in 2023 waren het 2.952 mensen",
        "bel 0800 32 745",  # the programme's own free number
        "kost het 1500 euro",
        "cijfers 2019 2020 2021 2022",
        "85073003329",  # 11 digits with a wrong checksum: not a national register number
        "BE71 0961 2345 6760",  # wrong IBAN checksum
        "ik ben 25 jaar en heb 3 kinderen",
        "",
    ],
)
def test_ordinary_text_and_numbers_are_kept(text: str) -> None:
    assert privacy.redact(text) == text
    assert not privacy.contains_personal_data(text)


def test_several_findings_in_one_message() -> None:
    text = "jan@example.org, 0470 12 34 56 en BE71 0961 2345 6769"
    assert privacy.redact(text) == "[e-mail], [telefoon] en [iban]"
