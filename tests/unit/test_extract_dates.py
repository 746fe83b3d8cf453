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


@pytest.mark.parametrize("phrase", ["last week", "next week", "the previous evening", "soon"])
def test_phrases_without_a_calendar_place_resolve_to_nothing(phrase: str) -> None:
    assert resolve_date(phrase, PUB) is None


def test_relative_phrases_need_a_publication_date() -> None:
    assert resolve_date("on Sunday", None) is None
    assert resolve_date("May 4, 2019", None) == "2019-05-04"
