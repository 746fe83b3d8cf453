"""Body text versus web boilerplate, and the dateline that opens a story."""

from __future__ import annotations

import pytest

from dipgraph.loaders.extract.body import find_body

TEXT = (
    "World Politics Europe News\n\n"
    "Nordic Leaders Meet in Oslo\n\n"
    "OSLO, March 3 (Wire) -- The prime ministers of Norway and Finland met on Monday "
    "to discuss energy security.\n\n"
    "They agreed to expand cooperation on power grids across the region.\n\n"
    "Source : Wire\n\nAdvertisement\n\nTranslate\n"
)


def _lines(text: str) -> list[str]:
    return [text[a:b] for a, b in find_body(text).spans]


def test_navigation_headline_and_widgets_are_not_body() -> None:
    lines = _lines(TEXT)
    assert len(lines) == 2
    assert lines[1].startswith("They agreed")
    assert not any("Advertisement" in line or "Source" in line for line in lines)


def test_dateline_is_recognised_and_excluded_from_body_offsets() -> None:
    body = find_body(TEXT)
    assert body.dateline_city == "OSLO"
    assert body.dateline is not None
    start, end = body.dateline
    assert TEXT[start:end].startswith("OSLO, March 3 (Wire) --")
    assert not body.contains(start)
    assert body.contains(end)


def test_bullet_and_short_lines_are_not_body() -> None:
    text = "*Leaders seek to open a new page at the summit.\n\n'No longer justified'\n"
    assert _lines(text) == []


def test_a_single_hyphen_ends_a_dateline_after_a_date_or_an_upper_case_city() -> None:
    for opening, city, when in (
        ("RIGA, May 4 - Latvia's prime minister said on Monday the talks went well.",
         "RIGA", "May 4"),
        ("RIGA - Latvia's prime minister said on Monday the talks went well.", "RIGA", None),
    ):
        body = find_body(opening + "\n")
        assert (body.dateline_city, body.dateline_date) == (city, when)


def test_a_dot_hyphen_ends_a_spanish_agency_dateline() -> None:
    text = "Quito, Mar 4 (EFE).- Ecuador's foreign minister said on Monday the talks went well.\n"
    body = find_body(text)
    assert (body.dateline_city, body.dateline_date) == ("Quito", "Mar 4")
    assert body.dateline is not None and text[body.dateline[1]:].startswith("Ecuador's")


@pytest.mark.parametrize("opening", [
    "UN - Secretary-General Ana Costa met the envoys on Monday in New York.",
    "BREAKING - The two leaders met on Monday and agreed to talk again.",
    "NATO - the alliance said on Monday that the talks went well.",
])
def test_a_hyphen_after_an_upper_case_word_that_is_no_city_is_not_a_dateline(
        opening: str) -> None:
    body = find_body(opening + "\n")
    assert body.dateline is None and body.dateline_city is None


def test_a_dateline_with_a_date_and_agency_needs_no_dash() -> None:
    text = ("Nairobi, Jan 20 (PTI) Foreign Minister Amos Kiprono held talks with his "
            "Ugandan counterpart in Kampala on Friday.\n")
    body = find_body(text)
    assert body.dateline is not None and text[body.dateline[0] : body.dateline[1]] == \
        "Nairobi, Jan 20 (PTI) "


def test_a_name_and_agency_without_a_date_or_dash_is_no_dateline() -> None:
    assert find_body("Kenya (AFP) The talks began on Monday in Nairobi today.\n").dateline is None
