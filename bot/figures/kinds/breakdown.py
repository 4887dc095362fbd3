"""Breakdowns of the returns of one year: profile, request channel, age, family situation, gender."""

from __future__ import annotations

from collections.abc import Sequence

from bot.figures import dutch, phrases
from bot.figures import vocabulary as vocab
from bot.figures.data import Dataset, Figure
from bot.figures.model import Answer, Kind, Query, Reply
from bot.figures.render import not_available, period_of, responder, source_line, value_text
from bot.figures.select import prefer_seed, share_and_count, year_or_latest

RESPONSES: dict[str, tuple[str, ...]] = {
    "utter_figure_profile": ("period", "items", "source"),
    "utter_figure_profile_one": ("period", "value", "profile", "source"),
    "utter_figure_profile_count": ("period", "value", "profile", "source"),
    "utter_figure_channel": ("period", "items", "source"),
    "utter_figure_age": ("period", "items", "source"),
    "utter_figure_family": ("period", "items", "source"),
    "utter_figure_gender": ("period", "men", "women", "source"),
}
reply = responder(RESPONSES)


def breakdown_year(dataset: Dataset, query: Query, kind: str) -> tuple[int | None, list[Figure]]:
    """The year asked (or the latest with this breakdown) and its figures (seed first)."""
    all_figures = dataset.select(group="return", kind=kind)
    year = year_or_latest(query, all_figures)
    return year, prefer_seed(dataset, [f for f in all_figures if f.year == year])


def _share_or_count(figures: Sequence[Figure], key: object) -> tuple[Figure | None, Figure | None, Figure]:
    """share, count and the one of them to show (a percentage first); only for keys in `figures`."""
    share, count = share_and_count(figures, key)
    shown = share or count
    assert shown is not None
    return share, count, shown


def breakdown_items(figures: Sequence[Figure]) -> str:
    """ "asielzoekers 8% (278 personen), ..." in the order of the source."""
    items = []
    for key in dict.fromkeys(f.key for f in figures):
        share, count, shown = _share_or_count(figures, key)
        label = shown.label or str(key)
        if share and count:
            items.append(phrases.SHARE_AND_COUNT.format(label=label, share=value_text(share), count=value_text(count)))
        else:
            items.append(phrases.LABEL_VALUE.format(label=label, value=value_text(shown)))
    return dutch.join_list(items)


def answer_profile(dataset: Dataset, query: Query) -> Reply:
    year, figures = breakdown_year(dataset, query, "profile")
    all_profiles = dataset.select(group="return", kind="profile")
    if not figures or year is None:
        return not_available(query, phrases.TOPIC_PROFILE, str(year), all_profiles)
    period = period_of(figures[0])
    if query.profile is None:
        return reply(
            "utter_figure_profile",
            query,
            period=period,
            items=breakdown_items(figures),
            source=source_line(dataset, figures),
        )
    share, count = share_and_count(figures, query.profile)
    if share is None and count is None:
        topic = phrases.TOPIC_PROFILE_ONE.format(profile=vocab.PROFILE_NAMES.get(query.profile, query.profile))
        return not_available(query, topic, period, [f for f in all_profiles if f.key == query.profile])
    _, _, shown = _share_or_count(figures, query.profile)
    label = shown.label or vocab.PROFILE_NAMES[query.profile]
    used = [f for f in (share, count) if f is not None]
    if share is None:
        return reply(
            "utter_figure_profile_count",
            query,
            period=period,
            value=value_text(shown),
            profile=label,
            source=source_line(dataset, used),
        )
    value = value_text(share)
    if count:
        value = phrases.SHARE_AND_PERSONS.format(share=value, count=value_text(count))
    return reply(
        "utter_figure_profile_one", query, period=period, value=value, profile=label, source=source_line(dataset, used)
    )


def _simple(kind: str, topic: str, response: str) -> Answer:
    """A breakdown listed as it is in the source (channel, age, family)."""

    def answer(dataset: Dataset, query: Query) -> Reply:
        year, figures = breakdown_year(dataset, query, kind)
        if not figures:
            return not_available(query, topic, str(year), dataset.select(group="return", kind=kind))
        return reply(
            response,
            query,
            period=period_of(figures[0]),
            items=breakdown_items(figures),
            source=source_line(dataset, figures),
        )

    return answer


def answer_gender(dataset: Dataset, query: Query) -> Reply:
    year, figures = breakdown_year(dataset, query, "gender")
    men = next((f for f in figures if f.key == "men"), None)
    women = next((f for f in figures if f.key == "women"), None)
    if men is None or women is None:
        return not_available(query, phrases.TOPIC_GENDER, str(year), dataset.select(group="return", kind="gender"))
    return reply(
        "utter_figure_gender",
        query,
        period=period_of(men),
        men=value_text(men),
        women=value_text(women),
        source=source_line(dataset, [men, women]),
    )


def _only(*names: str) -> dict[str, tuple[str, ...]]:
    return {name: RESPONSES[name] for name in names}


KINDS = (
    Kind(
        "channel", 45, _simple("channel", phrases.TOPIC_CHANNEL, "utter_figure_channel"), _only("utter_figure_channel")
    ),
    Kind("family", 40, _simple("family", phrases.TOPIC_FAMILY, "utter_figure_family"), _only("utter_figure_family")),
    Kind("age", 35, _simple("age", phrases.TOPIC_AGE, "utter_figure_age"), _only("utter_figure_age")),
    Kind("gender", 30, answer_gender, _only("utter_figure_gender")),
    # Asked by a profile named ("uitgeprocedeerden") or a word for profiles; naming one keeps the question.
    Kind(
        "profile",
        20,
        answer_profile,
        _only("utter_figure_profile", "utter_figure_profile_one", "utter_figure_profile_count"),
        asked=lambda question: bool(question.profiles) or "profile" in question.kinds,
        asking=False,
    ),
)
