"""Calls held by video or telephone conference, and 'the two countries' read as the states
of the people a sentence's subject names. Invented sentences."""

from __future__ import annotations

from datetime import date

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


def test_one_wording_of_two_pairs_is_two_accords_named_by_pair(run: Run) -> None:
    doc = run("Kenya and Uganda signed a security pact on Tuesday. Tanzania, which signed a "
              "security pact with Rwanda in 2019, welcomed the move.")
    signed = triples(doc, "SIGNED")
    assert signed == {("SIGNED", "Kenya", "Kenya-Uganda security pact"),
                      ("SIGNED", "Uganda", "Kenya-Uganda security pact"),
                      ("SIGNED", "Tanzania", "Tanzania-Rwanda security pact"),
                      ("SIGNED", "Rwanda", "Tanzania-Rwanda security pact")}
    accords = [e for e in doc["entities"] if e["type"] == "Accord"]
    assert len(accords) == 2 and all("security pact" in e["aliases"] for e in accords)


def test_one_wording_of_one_pair_stays_one_accord(run: Run) -> None:
    doc = run("Kenya and Uganda signed a security pact on Tuesday. Uganda said the security "
              "pact would take effect in June.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"security pact"}
    assert len([e for e in doc["entities"] if e["type"] == "Accord"]) == 1


def test_similar_is_no_part_of_an_accords_name(run: Run) -> None:
    doc = run("Kenya and Uganda signed a security pact on Tuesday. Tanzania signed a similar "
              "pact with Rwanda in 2019.")
    assert not any("similar" in t for _, _, t in triples(doc, "SIGNED"))


def test_a_states_military_is_the_junta_named_after_it(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Amos Kiprono urged Sudan's military to open the border. "
              "Ethiopia called on the junta to release political prisoners.")
    assert ("REQUESTED", "Ethiopia", "Sudan") in triples(doc, "REQUESTED")


def test_a_military_qualifying_a_noun_is_no_organ_of_that_state(run: Run) -> None:
    doc = run("Mali's government ended an agreement on US military and civilian employees. "
              "Ethiopia called on the authorities to release political prisoners.")
    assert triples(doc, "REQUESTED") == {("REQUESTED", "Ethiopia", "Mali")}


def test_dozens_of_rounds_of_talks_with_a_person_are_a_meeting(run: Run) -> None:
    doc = run("Kenyan security chief Amos Kiprono held dozens of rounds of talks with Ugandan "
              "security chief Peter Okello before the deal was finalized.")
    assert ("MET_WITH", "Amos Kiprono", "Peter Okello") in triples(doc, "MET_WITH")


def test_between_the_parties_after_an_accords_topic_is_part_of_its_name(run: Run) -> None:
    doc = run("Kenya and Uganda signed a treaty on the state border between Kenya and Uganda "
              "on March 13.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "treaty on the state border between Kenya and Uganda"}


def test_a_trip_that_took_someone_to_a_state_is_his_visit(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Amos Kiprono spoke in Accra at the end of a trip that "
              "also took him to Togo.")
    assert ("VISITED", "Amos Kiprono", "Togo") in triples(doc, "VISITED")


def test_the_two_baltic_states_are_the_baltic_states_named_before(run: Run) -> None:
    doc = run("Estonia and its close ally Latvia applied to join the pact in May, after Russia "
              "attacked Ukraine. Under a deal signed in June, the two Baltic states promised "
              "to address Ankara's security concerns.")
    assert triples(doc, "PLEDGED") == {("PLEDGED", "Estonia", "Turkey"),
                                       ("PLEDGED", "Latvia", "Turkey")}


def test_a_regional_group_with_no_such_set_named_is_no_one(run: Run) -> None:
    doc = run("Kenya and Uganda met in May. The two Nordic states promised to help Somalia.")
    assert not triples(doc, "PLEDGED")


def test_a_pair_pledging_each_other_stays_mutual(run: Run) -> None:
    doc = run("Kenya and Uganda pledged to deepen cooperation.")
    assert triples(doc, "PLEDGED") == {("PLEDGED", "Kenya", "Uganda"),
                                       ("PLEDGED", "Uganda", "Kenya")}


def test_a_bare_surname_is_the_titled_bearer_not_his_relative(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono arrived in Kampala, accompanied by his wife Mary "
              "Kiprono. Kiprono met Ugandan President Peter Okello on Monday.")
    assert ("MET_WITH", "Amos Kiprono", "Peter Okello") in triples(doc, "MET_WITH")
    assert not any("Mary Kiprono" in (s, t) for _, s, t in triples(doc, "MET_WITH"))


def test_the_two_leaders_are_two_heads_who_met_not_the_last_two_named(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono was received in Kampala by Ugandan President Peter "
              "Okello. Trade was discussed. Ties had collapsed in 2013 after the army removed "
              "President John Mwita, a close ally of Kiprono. The two leaders shook hands for "
              "the first time in Arusha in November 2022.", date(2024, 2, 14))
    assert ("MET_WITH", "John Mwita", "Amos Kiprono") not in triples(doc, "MET_WITH")
    handshake = [f for f in doc["facts"] if f["rel"] == "MET_WITH" and f["date"] == "2022-11"]
    assert {frozenset((f["source"], f["target"])) for f in handshake} == {
        frozenset(("Amos Kiprono", "Peter Okello"))}
