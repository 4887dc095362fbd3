"""bot/figures/text.py: folding, word matching, form tables, edit distance."""

from __future__ import annotations

from bot.figures.text import (
    edit_distance,
    find_forms,
    fold,
    forms_table,
    fuzzy_limit,
    has_phrase,
    has_substring,
    has_word_prefix,
    strip_accents,
)


def test_fold_and_strip_accents() -> None:
    assert strip_accents("Oekraïne België") == "Oekraine Belgie"
    assert fold("Re-integratie\u00adsteun in 2.952 Oekraïne?") == "re integratiesteun in 2952 oekraine"
    assert fold("'23") == "' 23"


def test_matchers() -> None:
    assert has_word_prefix("hoeveel terugkeerders", ("terugkeer",)) == "terugkeer"
    assert has_word_prefix("hoeveel terugkeerders", ("keerders",)) is None
    assert has_substring("opvangcentra in 2023", ("opvang", "opvangcentr")) == "opvangcentr"
    assert has_phrase("en dat jaar", ("dat jaar",)) == "dat jaar" and has_phrase("datjaar", ("dat jaar",)) is None


def test_a_forms_table_is_longest_first_and_finds_whole_words() -> None:
    table = forms_table([("Noord-Macedonië", "MK"), ("Macedonië", "MK2"), ("Mali", "ML")])
    assert [form for form, _ in table] == ["noord macedonie", "macedonie", "mali"]
    assert [v for _, _, v in find_forms("naar noord macedonie en mali", table)] == ["MK", "ML"]
    assert find_forms("somalie", table) == []
    assert forms_table([("a", 1), ("A", 2)]) == (("a", 2),)
    assert forms_table([("a", 1), ("A", 2)], first_wins=True) == (("a", 1),)


def test_edit_distance_and_the_typos_allowed() -> None:
    assert edit_distance("brazilie", "brazilie") == 0
    assert edit_distance("brazlie", "brazilie") == 1
    assert edit_distance("barzilie", "brazilie") == 1  # a transposition
    assert edit_distance("abc", "xyzxyzxyz", limit=2) == 3
    assert [fuzzy_limit(w) for w in ("iran", "marokko", "kazachstan")] == [0, 1, 2]
