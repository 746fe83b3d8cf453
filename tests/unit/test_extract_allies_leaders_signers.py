"""'X acts alongside Y, its only treaty ally': the state set off before the pronoun's ally is
the ally of the state named last before it; 'A is led by X, B by Y'; signers after a stray
'by Dr X'; 'the two leaders' when only two heads are named; 'their common ally'; shared
concerns; a state's allies named after the word or set off after it ('B, Moscow's closest
ally'). Invented sentences."""

from __future__ import annotations

from typing import Any

from tests.unit.conftest import Run, triples


def _allies(doc: dict[str, Any]) -> set[frozenset[str]]:
    return {frozenset(t[1:]) for t in triples(doc, "ALLY_OF")}


def test_the_state_before_its_ally_is_the_ally_of_the_state_named_before(run: Run) -> None:
    doc = run("Uganda dominated the summit. Kenyan President Amos Kiprono said an attack on "
              "Somalia could allow Nairobi to act alongside Ethiopia, its only treaty ally.")
    allies = _allies(doc)
    assert frozenset({"Kenya", "Ethiopia"}) in allies
    assert frozenset({"Uganda", "Ethiopia"}) not in allies


def test_a_former_ally_set_off_is_no_ally(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono said an attack on Somalia could allow Nairobi to "
              "act alongside Ethiopia, its former ally.")
    assert frozenset({"Kenya", "Ethiopia"}) not in _allies(doc)


def test_a_gapped_list_of_who_leads_which_state(run: Run) -> None:
    doc = run("Sudan is led by Colonel Omar Rahim, Chad by Captain Ibrahim Kone and Libya by "
              "General Khalid Haftar, all of whom seized power by force.")
    assert {("HOLDS_OFFICE", "Ibrahim Kone", "Chad"),
            ("HOLDS_OFFICE", "Khalid Haftar", "Libya")} <= triples(doc, "HOLDS_OFFICE")


def test_signers_after_a_stray_by_with_an_honorific_and_a_title(run: Run) -> None:
    doc = run("Ethiopian Prime Minister Abiy Mekonnen arrived in Asmara on Sunday. The Joint "
              "Declaration of Peace was signed at State House in the Eritrean capital by Dr "
              "Abiy and Eritrean President Isaias Tesfay, according to Information Minister "
              "Yemane Berhe.")
    assert {"Ethiopia", "Eritrea"} <= {t[1] for t in triples(doc, "SIGNED")}


def test_the_two_leaders_are_the_two_heads_not_a_minister_named_last(run: Run) -> None:
    doc = run("Ethiopian Prime Minister Abiy Mekonnen arrived in Asmara on Sunday. Eritrean "
              "President Isaias Tesfay hailed the visit, Information Minister Yemane Berhe "
              "said. During talks on Sunday evening, the two leaders agreed to reopen "
              "embassies.")
    agreed = {frozenset(t[1:]) for t in triples(doc, "AGREED")}
    assert agreed == {frozenset({"Abiy Mekonnen", "Isaias Tesfay"})}


def test_their_common_ally_is_the_ally_of_both_actors_states(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono and Ugandan President Peter Okello agreed on Monday "
              "to strengthen cooperation with Ethiopia, their common ally.")
    allies = _allies(doc)
    assert {frozenset({"Kenya", "Ethiopia"}), frozenset({"Uganda", "Ethiopia"})} <= allies


def test_leaders_who_shared_concerns_expressed_concern(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono spoke by phone with Ugandan President Peter Okello "
              "on Monday. They also shared concerns over Sudan's missile development.")
    assert {("EXPRESSED_CONCERN", "Amos Kiprono", "Sudan"),
            ("EXPRESSED_CONCERN", "Peter Okello", "Sudan")} <= triples(doc)


def test_states_listed_before_they_shared_concerns_are_the_ones_concerned(run: Run) -> None:
    doc = run("Chinese Foreign Minister Wang Li met Solomon Islands Prime Minister Peter Mane. "
              "The United States, Australia, New Zealand and Japan said after talks in "
              "Honolulu on Monday that they shared serious concerns about the pact.")
    concerned = {t[1] for t in triples(doc, "EXPRESSED_CONCERN")}
    assert concerned == {"United States", "Australia", "New Zealand", "Japan"}


def test_a_states_allies_named_after_the_word_are_its_allies(run: Run) -> None:
    doc = run("The move has been backed by Lithuania's NATO allies Latvia and Estonia, "
              "which are weighing similar steps.")
    allies = _allies(doc)
    assert {frozenset({"Lithuania", "Latvia"}), frozenset({"Lithuania", "Estonia"})} <= allies


def test_a_state_set_off_as_a_capitals_closest_ally_is_its_ally(run: Run) -> None:
    doc = run("Lithuania borders Russia's Kaliningrad exclave and Belarus, Moscow's closest "
              "ally, which hosts Russian troops.")
    assert frozenset({"Russia", "Belarus"}) in _allies(doc)
