"""Date phrases resolved against the publication date, keeping their granularity."""

from __future__ import annotations

from datetime import date

import pytest

from dipgraph.loaders.extract.dates import resolve_date

PUB = date(2022, 3, 10)  # a Thursday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on Thursday", "2022-03-10"),  # the publication day itself
        ("Monday", "2022-03-07"),  # the Monday on or before publication
        ("Saturday evening", "2022-03-05"),
        ("late Friday night", "2022-03-04"),
        ("today", "2022-03-10"),
        ("this afternoon (9)", "2022-03-09"),
        ("yesterday", "2022-03-09"),
        ("Feb. 2020", "2020-02"),
        ("October this year", "2022-10"),
        ("June last year", "2021-06"),
        ("in 2015", "2015"),
        ("a year ago", "2021"),
        ("last year", "2021"),
        ("last month", "2022-02"),
        ("Nov. 3", "2021-11-03"),  # a day far after publication is last year's
        ("March 2", "2022-03-02"),
        ("5 January 2021", "2021-01-05"),
        ("Jan 5, 2021", "2021-01-05"),
        ("Wednesday (March 9)", "2022-03-09"),
    ],
)
def test_phrase_resolves_to_iso_with_known_granularity(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, PUB) == expected


@pytest.mark.parametrize("phrase", ["next week", "the previous evening", "soon"])
def test_phrases_without_a_calendar_place_resolve_to_nothing(phrase: str) -> None:
    assert resolve_date(phrase, PUB) is None


def test_relative_phrases_need_a_publication_date() -> None:
    assert resolve_date("on Sunday", None) is None
    assert resolve_date("May 4, 2019", None) == "2019-05-04"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last August", "2021-08"),  # the last August before publication
        ("last March", "2021-03"),  # written in March: a year back
        ("this June", "2022-06"),
        ("last Thursday", "2022-03-03"),  # written on a Thursday: a week back
        ("last Monday", "2022-03-07"),
        ("two days ago", "2022-03-08"),
        ("late last month", "2022-02"),
        ("early this year", "2022"),
        ("in mid-January", "2022-01"),
        ("at the end of January", "2022-01"),
    ],
)
def test_relative_month_and_weekday_phrases(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, PUB) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the day before", "2022-02-27"),
        ("the previous day", "2022-02-27"),
        ("a day earlier", "2022-02-27"),
        ("three days earlier", "2022-02-25"),
        ("the following day", "2022-03-01"),
        ("the next day", "2022-03-01"),
        ("two days later", "2022-03-02"),
    ],
)
def test_day_offsets_count_from_the_last_day_the_story_named(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, PUB, anchor="2022-02-28") == expected


def test_day_offsets_without_an_anchor_day_resolve_to_nothing() -> None:
    assert resolve_date("the day before", PUB) is None
    assert resolve_date("the day before", PUB, anchor="2022-02") is None


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("last week", date(2022, 3, 10), None),  # Feb 28 - Mar 6: two months
        ("last week", date(2022, 3, 17), "2022-03"),  # Mar 7 - 13
        ("earlier this week", date(2022, 3, 10), "2022-03"),
        ("earlier this week", date(2022, 3, 2), None),  # Feb 28 - Mar 2
        ("last weekend", date(2022, 3, 10), "2022-03"),  # Mar 5 - 6
    ],
)
def test_week_phrases_keep_their_month_when_the_week_lies_in_one(
    phrase: str, published: date, expected: str | None
) -> None:
    assert resolve_date(phrase, published) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a week ago", "2022-03-03"),
        ("three weeks ago", "2022-02-17"),
        ("yesterday evening", "2022-03-09"),
        ("yesterday afternoon", "2022-03-09"),
        ("early this week", "2022-03"),  # Mar 7 - 10
    ],
)
def test_weeks_ago_and_parts_of_yesterday(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, PUB) == expected


def test_late_last_week_keeps_only_a_month_that_holds_the_whole_week() -> None:
    assert resolve_date("late last week", date(2022, 3, 17)) == "2022-03"
    assert resolve_date("late last week", PUB) is None  # Feb 28 - Mar 6


