"""The figures dataset against its sources: every figure where it was read, and every sum."""

from __future__ import annotations

import re
from functools import cache

import pytest

from bot.figures.data import Citation, check_sums
from bot.figures.dutch import parse_printed
from tests.figures_support import DATASET, SOURCES, squeeze

# The sums the sources themselves do not close (check id -> computed, published). Nothing else
# may be off: a new mismatch is a transcription error until a source shows otherwise.
KNOWN_MISMATCHES: dict[str, tuple[float, float]] = {
    # 000_… (2014): Fedasil's months add up to 3.446, the table prints 3.445 ...
    "months:2014:fedasil": (3446, 3445),
    # ... so Fedasil (3.445) + DVZ (141) is 3.586 against the printed total of 3.587.
    "parts:2014": (3586, 3587),
    # 000_…: the 2013 months add up to 4.588, the published total is 4.585.
    "months:2013:total": (4588, 4585),
    # 001_… (2025): the profile shares add up to 99,3%.
    "shares:profile:2025:jan-sep": (99.3, 100),
    # 004_… (2023 report): the nationalities of the unaccompanied minors add up to 98%.
    "sets:uam-nationality": (98, 100),
}

CITATIONS: list[tuple[str, Citation]] = [
    (f"{f.ident}@{c.source}", c) for f in DATASET.figures for c in (*f.citations, *f.differs)
]


@cache
def source_text(key: str) -> str:
    path = SOURCES / DATASET.sources[key].path
    assert path.is_file(), f"source {key}: {path} not found (set FIGURES_SOURCES_DIR)"
    return squeeze(path.read_text(encoding="utf-8"))


def _report(failing: list[str], total: int, rule: str) -> str:
    return f"{len(failing)} of {total} {rule}:\n" + "\n".join(failing)


def test_every_quote_is_in_its_source() -> None:
    failing = [ident for ident, c in CITATIONS if squeeze(c.quote) not in source_text(c.source)]
    assert failing == [], _report(failing, len(CITATIONS), "quotes not found in their source")


def test_every_printed_number_stands_in_its_quote() -> None:
    failing = []
    for ident, citation in CITATIONS:
        pattern = rf"(?<![\d.,]){re.escape(citation.printed)}(?![\d]|[.,]\d)"
        if not re.search(pattern, squeeze(citation.quote)):
            failing.append(f"{ident}: {citation.printed!r} not in {citation.quote!r}")
    assert failing == [], _report(failing, len(CITATIONS), "printed numbers not in their quote")


def test_every_value_is_its_printed_number() -> None:
    failing = [
        f"{figure.ident}: {figure.value} != {citation.printed!r}"
        for figure in DATASET.figures
        for citation in figure.citations
        if parse_printed(citation.printed) != pytest.approx(figure.value)
    ]
    assert failing == [], _report(failing, len(DATASET.figures), "values that are not the printed number")


def test_a_differing_second_source_is_recorded_but_not_used() -> None:
    differing = [f for f in DATASET.figures if f.differs]
    assert differing, "the 2022 reintegration share (73% in the seed, 74% in the news item) is missing"
    for figure in differing:
        assert not DATASET.is_second(figure), "the seed's value is the one kept"
        for citation in figure.differs:
            assert DATASET.sources[citation.source].second
            assert parse_printed(citation.printed) != figure.value


def test_sums_close_except_the_known_mismatches() -> None:
    checks = check_sums(DATASET)
    mismatches = {c.check: (c.computed, c.published) for c in checks if not c.closes}
    assert mismatches == KNOWN_MISMATCHES


def test_every_sum_of_the_issue_is_checked() -> None:
    checks = {c.check for c in check_sums(DATASET)}
    expected = {
        # months against years
        "months:2014:fedasil",
        "months:2014:dvz",
        "months:2014:total",
        "months:2013:total",
        "months:2025:fedasil",
        "months:2025:dvz",
        "months:2025:total",
        # Fedasil + DVZ against the total
        "parts:2014",
        "parts:2025",
        # countries plus "Andere" against totals
        "countries:2014:all",
        "countries:2023:all",
        "countries:2023:reintegration",
        # shares against 100%, counts against the total
        "shares:profile:2014:year",
        "shares:profile:2023:year",
        "shares:profile:2025:jan-sep",
        "counts:profile:2014:year",
        "shares:channel:2014:year",
        "counts:channel:2014:year",
        "shares:age:2023:year",
        "shares:gender:2023:year",
        "shares:family:2023:year",
        # reception tables
        "sets:place-types",
        "sets:operators",
        "sets:requests",
        "sets:not-received",
        "sets:uam-capacity",
        "sets:received-household",
        "sets:received-nationality",
        "sets:uam-nationality",
        "sets:uam-age",
        "sets:resettled-origin",
        "sets:resettled-household",
    }
    assert expected <= checks, sorted(expected - checks)
    assert len([c for c in checks if c.startswith("month-parts:")]) == 12 + 9


def _values(**criteria: object) -> dict[object, float]:
    return {f.key: f.value for f in DATASET.select(**criteria)}


def test_the_dataset_holds_every_group_of_the_issue() -> None:
    totals = {f.year for f in DATASET.select(group="return", kind="total", part="total")}
    assert totals == set(range(2007, 2026))
    assert len(DATASET.select(kind="month", year=2014)) == 36
    assert len(DATASET.select(kind="month", year=2013)) == 12
    assert len(DATASET.select(kind="month", year=2025)) == 27
    assert len(_values(kind="country", year=2014, part="all")) == 16  # 15 countries + "Andere"
    assert len(_values(kind="country", year=2013, part="all")) == 5
    assert len(_values(kind="country", year=2023, part="all")) == 11
    assert len(_values(kind="country", year=2023, part="reintegration")) == 11
    assert len(_values(kind="country", year=2025, part="all")) == 6
    assert _values(kind="reintegration", year=2023) == {"count": 2069, "share": 70}
    assert _values(kind="reintegration", year=2022, source="press_2023") == {"share": 73}
    assert {f.year: f.value for f in DATASET.select(kind="dublin")} == {2013: 114, 2017: 205, 2023: 155}
    assert {f.year: f.value for f in DATASET.select(kind="total", part="dvz")} == {2014: 141, 2023: 45, 2025: 46}
    assert [(f.year, f.value, f.qualifier) for f in DATASET.select(kind="bus")] == [(2011, 300, "bijna")]
    assert _values(kind="age", year=2023) == {"0-17": 21, "18-35": 40, "36-50": 27, "51+": 12}
    assert _values(kind="gender", year=2023) == {"men": 60, "women": 40}
    assert len(DATASET.select(kind="channel", year=2014)) == 10
    assert len(DATASET.select(group="reception")) >= 100


def test_2025_has_the_seed_partial_year_and_the_second_source_whole_year() -> None:
    partial = DATASET.one(kind="total", part="total", year=2025, period="jan-sep")
    whole = DATASET.one(kind="total", part="total", year=2025, period="year")
    assert partial is not None and partial.value == 2397 and not DATASET.is_second(partial)
    assert whole is not None and whole.value == 3122 and DATASET.is_second(whole)


def test_second_source_figures_are_labelled_and_have_an_address() -> None:
    for key, source in DATASET.sources.items():
        is_news = source.path.startswith("sources/")
        assert source.second == is_news, key
        assert bool(source.url) == is_news, key
        if source.url:
            assert source.url in source_text(key), f"{key}: address not in the news table"


def test_the_seeds_win_where_both_sources_give_a_total() -> None:
    for year in (2021, 2022):
        totals = DATASET.select(kind="total", part="total", year=year)
        assert len(totals) == 1 and not DATASET.is_second(totals[0])
        news = [c for c in totals[0].also if DATASET.sources[c.source].second]
        assert news and parse_printed(news[0].printed) == totals[0].value


def test_figures_are_unique() -> None:
    idents = [f.ident for f in DATASET.figures if f.group == "return"]
    assert len(set(idents)) == len(idents), sorted(i for i in idents if idents.count(i) > 1)
    keys = [f.key for f in DATASET.select(group="reception")]
    assert len(set(keys)) == len(keys)


def test_reception_facts_can_be_matched() -> None:
    for fact in DATASET.select(group="reception"):
        assert fact.match, f"{fact.key}: no stems to match a question"
        assert fact.label, f"{fact.key}: no label for the answer"
