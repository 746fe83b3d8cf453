"""Calls held by video or telephone conference, and 'the two countries' read as the states
of the people a sentence's subject names. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_a_video_conference_with_a_person_is_a_meeting(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Amos Kiprono held a video conference with the Ghanaian "
              "foreign minister, Kojo Mensah, on Monday.")
    assert ("MET_WITH", "Amos Kiprono", "Kojo Mensah") in triples(doc, "MET_WITH")


def test_a_press_conference_with_a_person_is_no_meeting(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Amos Kiprono held a press conference with Kojo Mensah "
              "on Monday.")
    assert not triples(doc, "MET_WITH")


def test_the_two_countries_are_the_states_of_the_subjects(run: Run) -> None:
    doc = run("Brazilian President Paulo Mendes received Paraguayan President Carlos Ortiz in "
              "Brasilia. Ortiz was accompanied by his foreign minister, Juan Benitez. The "
              "Brazilian leader and his guest discussed the river treaty, which the two "
              "countries signed in 1973.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} == {"Brazil", "Paraguay"}


def test_colleagues_of_one_state_are_no_two_countries(run: Run) -> None:
    doc = run("Brazilian President Paulo Mendes and Foreign Minister Ana Costa of Brazil "
              "discussed the river treaty, which the two countries signed in 1973.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} <= {"Brazil"}
