"""Where the accord and ceremony rules stop: accords a relative clause or another clause
names are not signed, a venue stays a place, a named or dated plural stays, a party after
'to' is no part of a name, a practical arrangement is no accord. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.conftest import Run, triples


def _targets(doc: dict[str, Any], rel: str) -> set[str]:
    return {t for _, _, t in triples(doc, rel)}


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed an agreement that replaces a 2015 memorandum and a 2018 protocol.",
    "Kenya and Uganda signed a deal extending the 2015 agreement and the 2018 protocol.",
])
def test_accords_another_clause_names_are_not_signed(run: Run, text: str) -> None:
    assert not {t for t in _targets(run(text), "SIGNED") if "2015" in t or "2018" in t}


def test_an_apposition_describing_the_accord_is_that_accord(run: Run) -> None:
    doc = run("Kenya and Uganda signed a border pact, a deal that ends decades of dispute.")
    assert _targets(doc, "SIGNED") == {"border pact"}


def test_a_relative_clause_on_an_accord_withdraws_nothing_from_it(run: Run) -> None:
    doc = run("Kenya and Somalia signed an accord in 2019, under which Kenya withdrew its "
              "troops from Somalia.")
    assert not triples(doc, "WITHDREW_FROM")


def test_visiting_a_persons_grave_is_no_meeting(run: Run) -> None:
    doc = run("Kenyan President William Ruto visited the grave of Nelson Mandela in "
              "Johannesburg.")
    assert not triples(doc, "MET_WITH")


def test_the_leaders_of_both_countries_are_the_pair_just_named(run: Run) -> None:
    doc = run("Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks "
              "in Nairobi. Chinese President Xi Jinping later met the leaders of both "
              "countries in Beijing.")
    assert {t for _, s, t in triples(doc, "MET_WITH") if s == "Xi Jinping"} == {
        "William Ruto", "Yoweri Museveni"}


def test_a_counted_bundle_signed_on_a_day_is_the_bundle_not_a_day(run: Run) -> None:
    doc = run("Chad and Sudan signed 12 agreements on Monday.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"12 agreements"}


def test_named_counted_accords_stay_accords(run: Run) -> None:
    doc = run("Russia withdrew from the two Minsk agreements in 2022.")
    assert _targets(doc, "WITHDREW_FROM") == {"Minsk agreements"}


def test_a_party_after_to_is_no_part_of_an_accords_name(run: Run) -> None:
    doc = run("Kenya withdrew from the Paris Agreement to Uganda's dismay.")
    assert _targets(doc, "WITHDREW_FROM") == {"Paris Agreement"}


def test_a_current_arrangement_is_no_accord(run: Run) -> None:
    assert not triples(run("Kenya withdrew from the current arrangement."), "WITHDREW_FROM")


def test_the_city_after_a_work_the_accord_is_about_is_the_venue(run: Run) -> None:
    doc = run("Kenya and China signed an agreement on a new railway in Beijing on Monday.")
    assert _targets(doc, "SIGNED") == {"agreement on a new railway"}
    assert "Beijing" in {e["name"] for e in doc["entities"] if e["type"] == "Place"}
