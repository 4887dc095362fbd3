"""The embedded default (endpoints.yml, SQLite in a file) keeps a conversation across a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from deploy.cluster import Single
from tests.services import FIGURE_COUNTRY_QUESTION, need_model, reply_text, send, sqlite_events, user_texts


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Single]:
    server = Single(tmp_path_factory.mktemp("single"), need_model())
    try:
        yield server.start()
    finally:
        server.stop()


def test_figure_follow_up_continues_after_restart(single: Single) -> None:
    sender = "restart-sqlite"
    first = reply_text(send(single.url, sender, FIGURE_COUNTRY_QUESTION, via_header=False))
    assert "145" in first and "Georgië" in first, first  # 2023 report: Georgië 145
    # What the follow-up gets in a conversation that was never interrupted, and in a new one.
    send(single.url, "control", FIGURE_COUNTRY_QUESTION, via_header=False)
    uninterrupted = reply_text(send(single.url, "control", "en in 2021?", via_header=False))
    without_context = reply_text(send(single.url, "new-conversation", "en in 2021?", via_header=False))
    assert uninterrupted != without_context, "the follow-up does not depend on the conversation"

    single.stop_rasa()
    single.start_rasa()

    after = reply_text(send(single.url, sender, "en in 2021?", via_header=False))
    assert after == uninterrupted
    later = reply_text(send(single.url, sender, "en in 2014?", via_header=False))
    assert "127" in later and "Georgië" in later, later  # 2014 seed: Georgië 127

    assert single.tracker_db is not None and Path(single.tracker_db).is_file()
    said = user_texts(sqlite_events(Path(single.tracker_db), sender))
    assert said == [FIGURE_COUNTRY_QUESTION, "en in 2021?", "en in 2014?"]
