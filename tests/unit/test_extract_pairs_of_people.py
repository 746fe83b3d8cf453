"""'The two countries' after two leaders of two states acted together: their states.
Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_the_two_countries_are_the_states_of_two_leaders_who_signed(run: Run) -> None:
    doc = run("Chilean President Ana Rojas and Peruvian President Luis Soto signed a new "
              "border treaty in Lima on Wednesday. Rojas said the treaty would serve both "
              "peoples. The pact replaces a friendship treaty the two countries signed in "
              "1999.")
    old = {t[1] for t in triples(doc, "SIGNED") if t[2] == "friendship treaty"}
    assert old == {"Chile", "Peru"}


def test_two_people_of_one_state_make_no_pair(run: Run) -> None:
    doc = run("Chilean President Ana Rojas and Chilean Foreign Minister Luis Soto signed a "
              "new border treaty with Bolivia in Lima on Wednesday. Rojas said the treaty "
              "would serve both peoples. The pact replaces a friendship treaty the two "
              "countries signed in 1999.")
    old = {t[1] for t in triples(doc, "SIGNED") if t[2] == "friendship treaty"}
    assert old <= {"Chile", "Bolivia"}
