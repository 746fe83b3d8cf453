"""Groups named by role ('both sides', 'the neighbours'): the two states a 'between'
phrase or a joint subject set up, not the last pair merely named. Invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Run, triples

DISPUTE = ("Talks between Armenia and Azerbaijan stalled on Monday. The dispute has drawn in "
           "Russia and Iran. ")


@pytest.mark.parametrize("text", [
    "Washington urged both sides to show restraint.",
    "Washington urged the two sides to resume talks.",
])
def test_the_sides_are_the_pair_in_dispute_not_the_last_pair_named(run: Run,
                                                                   text: str) -> None:
    doc = run(DISPUTE + text)
    assert {t for _, _s, t in triples(doc, "REQUESTED")} == {"Armenia", "Azerbaijan"}


def test_the_two_countries_are_still_the_last_pair_named(run: Run) -> None:
    doc = run(DISPUTE + "Washington urged the two countries to stay out.")
    assert {t for _, _s, t in triples(doc, "REQUESTED")} == {"Russia", "Iran"}


def test_the_neighbours_without_a_number_are_the_pair(run: Run) -> None:
    doc = run("Talks between Kenya and Uganda resumed on Monday. The neighbours agreed to "
              "reopen the border.")
    assert {frozenset((s, t)) for _, s, t in triples(doc, "AGREED")} == {
        frozenset(("Kenya", "Uganda"))}


def test_a_list_the_parser_splits_is_still_the_three_countries(run: Run) -> None:
    doc = run("Talks were held on Monday. Chad, Niger and Libya met in Tripoli. The three "
              "countries formed an alliance last year.")
    assert {frozenset((s, t)) for _, s, t in triples(doc, "ALLY_OF")} == {
        frozenset(("Chad", "Niger")), frozenset(("Chad", "Libya")),
        frozenset(("Niger", "Libya"))}


def test_the_governments_of_the_two_countries_are_the_two_states(run: Run) -> None:
    doc = run("Paraguay and Brazil met in Asuncion on Monday to revise the Itaipu Treaty. "
              "Under the 1973 treaty, signed by the governments of the two countries, the "
              "output is split equally.")
    signed = {(f["source"], f["target"], f["date"]) for f in doc["facts"]
              if f["rel"] == "SIGNED"}
    assert signed == {("Paraguay", "Itaipu Treaty", "1973"),
                      ("Brazil", "Itaipu Treaty", "1973")}


def test_the_two_governments_are_the_pair_that_acted_not_its_mediators(run: Run) -> None:
    doc = run("Chad and Sudan agreed to a truce on Sunday after talks mediated by Egypt and "
              "Libya. Egyptian Foreign Minister Karim Nassar later urged both governments to "
              "respect it.")
    assert {t for _, _s, t in triples(doc, "REQUESTED")} == {"Chad", "Sudan"}
