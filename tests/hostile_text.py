"""Hypothesis strategies for random and hostile user text, shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

HOSTILE = st.sampled_from(
    [
        "/restart",
        "/session_start",
        "/action_listen",
        "/action_answer_figure",
        "/faq",
        "/faq{",
        '/ask_figure{"year": [[[[1]]]]}',
        '/ask_figure{"figure_month": "999"}',
        '/faq{"topic": "x"}',
        '/greet{"topic": "what_is"}',
        "<script>alert(1)</script>",
        "' OR 1=1; --",
        "\x00",
        "\u202e",
        "hoeveel in 0?",
        "cijfers maand 13",
        "en in 999?",
        "marokko " * 100,
        "9" * 900,
        "hoeveel mensen keerden terug in 2023?",
        "en in 2022?",
        "wat kost het",
        "hallo",
    ]
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=80),
    HOSTILE,
    st.lists(HOSTILE, min_size=2, max_size=6).map(" ".join),
    st.integers(min_value=900, max_value=5000).map(lambda n: "x" * n),
)
