"""Rules of session 18 that a review found firing too broadly; each test fails on the code
before its mend. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples

_PB = "ISLAMABAD, May 3 - Officials met on Monday. "


def test_a_backer_of_a_states_enemies_does_not_back_that_state(run: Run) -> None:
    doc = run(_PB + "Iran remains the main backer of Israel's enemies in the region.")
    assert not triples(doc, "SUPPORTED")


def test_support_for_isolating_a_state_is_no_support_for_it(run: Run) -> None:
    doc = run(_PB + "Pakistani Foreign Minister Omar Rahim expressed support for isolating "
              "India.")
    assert not triples(doc, "SUPPORTED")


def test_a_spokesman_saying_what_his_capital_does_outranks_the_scene(run: Run) -> None:
    doc = run("GENEVA, May 3 - Talks resumed on Monday. In Geneva, Foreign Ministry spokesman "
              "Esmail Baqaei said Tehran would not negotiate under pressure.")
    assert ("Esmail Baqaei", "Iran") in offices(doc)


def test_a_ministry_spokesman_is_not_of_another_portfolios_ministry(run: Run) -> None:
    doc = run("LONDON, May 3 - Russia's Defence Ministry said its jets had intercepted a drone."
              "\n\nThe drone was flying near the coast, the statement added.\n\nOfficials "
              "declined to comment.\n\nForeign Ministry spokesman Lin Wei told reporters "
              "that the matter was closed.")
    assert ("Lin Wei", "Russia") not in offices(doc)


def test_a_letter_from_someone_asks_for_its_author(run: Run) -> None:
    doc = run("NAIROBI, May 3 - Kenya's foreign ministry released a letter from Somali "
              "President Hassan Abdi asking Nairobi for more troops.")
    assert ("REQUESTED", "Hassan Abdi", "Kenya") in triples(doc)


def test_sending_troops_while_requesting_funds_asks_no_host(run: Run) -> None:
    doc = run("NAIROBI, May 3 - Kenya sent troops to Somalia on Monday, requesting more "
              "funding from donors.")
    assert ("REQUESTED", "Kenya", "Somalia") not in triples(doc)


def test_ministers_of_a_body_are_not_given_the_leaders_states(run: Run) -> None:
    doc = run("PARIS, May 3 - French President Louis Marchand met German Chancellor Karl Weber "
              "on Monday. Finance ministers Anna Schulz and Pierre Dubois of the eurozone met "
              "in Brussels.")
    assert not {("Anna Schulz", "France"), ("Pierre Dubois", "Germany")} & offices(doc)


def test_a_month_after_a_route_word_is_no_place(run: Run) -> None:
    doc = run("NAIROBI, May 3 - Kenya and Uganda signed an agreement on a new road through "
              "January.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"agreement on a new road"}
