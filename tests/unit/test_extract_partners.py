"""Whom a promise is made to when the sentence does not say: the one counterpart just met,
'his guest', and an object 'him' that can only be the other person of the sentence.
Invented sentences, one phenomenon per test."""

from __future__ import annotations

from tests.unit.conftest import Run, triples

MET = ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on "
       "Monday. ")


def test_a_promise_after_a_meeting_is_made_to_the_counterpart(run: Run) -> None:
    doc = run(MET + "During the meeting, Ruto assured that Kenya would supply more fuel.")
    assert triples(doc, "PLEDGED") == {("PLEDGED", "William Ruto", "Yoweri Museveni")}


def test_a_promise_long_after_the_meeting_has_no_counterpart(run: Run) -> None:
    filler = " ".join(f"Officials in Nairobi described item {n} of the fuel plan, which "
                      "covers storage, pipelines and the price of diesel." for n in range(8))
    doc = run(MET + filler + " Ruto assured that Kenya would supply more fuel.")
    assert not triples(doc, "PLEDGED")


def test_a_promise_after_meeting_two_hosts_names_neither(run: Run) -> None:
    doc = run("Kenyan President William Ruto met Ugandan President Yoweri Museveni and "
              "Tanzanian President Samia Suluhu Hassan in Arusha on Monday. Ruto promised "
              "that Kenya would supply more fuel.")
    assert not triples(doc, "PLEDGED")


def test_his_guest_is_whom_he_just_hosted(run: Run) -> None:
    doc = run("Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in "
              "Nairobi on Tuesday. Ruto assured his guest that Kenya would keep the pipeline "
              "open.")
    assert ("PLEDGED", "William Ruto", "Yoweri Museveni") in triples(doc, "PLEDGED")


def test_an_object_him_is_the_other_person_of_the_sentence(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Musalia Mudavadi spoke on Monday. Ugandan Foreign "
              "Minister Jeje Odongo was received by President William Ruto, who assured him "
              "that Kenya would keep the border open.")
    assert triples(doc, "PLEDGED") == {("PLEDGED", "William Ruto", "Jeje Odongo")}


def test_a_monarch_by_regnal_name_is_not_a_later_namesake(run: Run) -> None:
    doc = run("US President Joe Biden held talks with King Charles in London on Monday. "
              "European Council President Charles Michel met Biden on Friday.")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert {"King Charles", "Charles Michel"} <= people
    met = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert met == {frozenset(("Joe Biden", "King Charles")),
                   frozenset(("Joe Biden", "Charles Michel"))}


def test_a_monarch_named_once_by_title_is_a_person_later_too(run: Run) -> None:
    doc = run("Jordan's King Abdullah met US President Joe Biden on Monday. Abdullah later "
              "visited Egypt.")
    assert ("VISITED", "King Abdullah", "Egypt") in triples(doc, "VISITED")


def test_a_date_after_since_is_not_the_date_of_the_act(run: Run) -> None:
    doc = run("Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi in "
              "Beijing on Monday, in what was the first trip by a Japanese foreign minister "
              "to China since April last year.")
    visits = {(f["target"], f["date"]) for f in doc["facts"] if f["rel"] == "VISITED"}
    assert ("China", "2024-05-13") in visits
    assert all(d != "2023-04" for _t, d in visits)


def test_a_date_after_since_does_not_date_the_paragraph_that_follows(run: Run) -> None:
    doc = run("Ties between Tokyo and Beijing have been strained since April last year. "
              "Japanese Foreign Minister Takeshi Iwaya also met Chinese Premier Li Qiang.")
    dates = {f["date"] for f in doc["facts"] if f["rel"] == "MET_WITH"}
    assert dates and "2023-04" not in dates


def test_two_officials_of_one_state_met_by_a_guest_do_not_meet_each_other(run: Run) -> None:
    doc = run("Turkish Foreign Minister Hakan Fidan held talks with Iraqi Prime Minister "
              "Mohammed al-Sudani and Iraqi Foreign Minister Fuad Hussein in Baghdad on "
              "Monday.")
    met = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert met == {frozenset(("Hakan Fidan", "Mohammed al-Sudani")),
                   frozenset(("Hakan Fidan", "Fuad Hussein"))}


def test_two_officials_of_one_state_who_hold_talks_with_each_other_meet(run: Run) -> None:
    doc = run("Kenyan President Daniel Mwangi held talks with Kenyan Defence Minister Peter "
              "Otieno in Nairobi on Monday.")
    met = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert met == {frozenset(("Daniel Mwangi", "Peter Otieno"))}


def test_a_delegation_leader_received_in_a_capital_serves_the_delegations_state(
        run: Run) -> None:
    doc = run("Ghanaian President John Mensah received a Togolese delegation led by Foreign "
              "Minister Kofi Agbo in Accra on Tuesday.")
    offices = {(s, t) for _, s, t in triples(doc, "HOLDS_OFFICE")}
    assert ("Kofi Agbo", "Togo") in offices and ("Kofi Agbo", "Ghana") not in offices
