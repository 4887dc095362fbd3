"""bot/figures/vocabulary/: one copy of every word, no duplicates, a fixed order."""

from __future__ import annotations

from collections import defaultdict

from bot.figures import vocabulary as vocab
from bot.figures.kinds import registry
from bot.figures.text import fold


def test_no_country_form_is_listed_twice_or_under_two_countries() -> None:
    repeated = {name: [v for i, v in enumerate(vs) if v in vs[:i] or v == name] for name, vs in vocab.COUNTRIES.items()}
    assert {name: vs for name, vs in repeated.items() if vs} == {}
    owners: dict[str, set[str]] = defaultdict(set)
    for name, variants in vocab.COUNTRIES.items():
        for surface in (name, *variants):
            owners[fold(surface)].add(name)
    assert {form: names for form, names in owners.items() if len(names) > 1} == {}


def test_no_word_list_repeats_an_entry() -> None:
    lists = {
        **{f"MONTHS[{k}]": v for k, v in vocab.MONTHS.items()},
        **{f"PROFILES[{k}]": v for k, v in vocab.PROFILES.items()},
        **{f"KIND_WORDS[{k}]": v for k, v in vocab.KIND_WORDS.items()},
        "RETURN_WORDS": vocab.RETURN_WORDS,
        "FOLLOWUP_STARTS": vocab.FOLLOWUP_STARTS,
        "FOLLOWUP_WORDS": vocab.FOLLOWUP_WORDS,
        "FIGURE_WORDS": vocab.FIGURE_WORDS,
        "QUESTION_WORDS": vocab.QUESTION_WORDS,
    }
    assert {
        name: [w for i, w in enumerate(ws) if w in ws[:i]] for name, ws in lists.items() if len(set(ws)) < len(ws)
    } == {}


def test_the_data_countries_are_a_fixed_list_of_known_countries() -> None:
    assert isinstance(vocab.DATA_COUNTRIES, tuple) and len(vocab.DATA_COUNTRIES) == len(set(vocab.DATA_COUNTRIES)) == 32
    assert set(vocab.DATA_COUNTRIES) <= set(vocab.COUNTRIES)
    assert vocab.DATA_COUNTRIES[:2] == ("Brazilië", "Moldavië") and vocab.DATA_COUNTRIES[-1] == "Ethiopië"


def test_every_kind_word_row_is_a_kind_or_a_known_flag() -> None:
    flags = {"fedasil"}  # changes a kind (the part organised by Fedasil), no kind of its own
    assert set(vocab.KIND_WORDS) - set(registry()) == flags
    assert all(kind.words == vocab.KIND_WORDS.get(kind.name, ()) for kind in registry().values())
