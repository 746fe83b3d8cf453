"""Leaving an accord: 'ordered an end to' it, a leader's notice as his state's, resisting
calls to leave, and who formally denounces; and who met whom when one was criticised for
it; signing reported by a speaker, and states living under an old treaty. Invented
sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, dated, triples


def test_ordering_an_end_to_a_treaty_is_leaving_it_for_the_state(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono on Wednesday ordered an end to his country's "
              "century-old extradition treaty with Uganda.")
    left = {t[1] for t in triples(doc, "WITHDREW_FROM")}
    assert {"Amos Kiprono", "Kenya"} <= left
    assert {e["name"] for e in doc["entities"] if e["type"] == "Accord"} == {
        "extradition treaty"}


def test_resisting_calls_to_pull_out_is_no_withdrawal(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono has resisted calls from lawmakers to pull Kenya "
              "out of the Nile Basin Convention.")
    assert not triples(doc, "WITHDREW_FROM")


def test_a_leader_denouncing_an_accord_does_not_leave_it(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono denounced the Jinja Accords on Monday.")
    assert not triples(doc, "WITHDREW_FROM")


def test_a_leader_signing_a_law_denouncing_a_treaty_leaves_it(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono signed a law denouncing the Nile Basin Treaty in "
              "May.")
    assert ("WITHDREW_FROM", "Amos Kiprono", "Nile Basin Treaty") in triples(doc)


def test_criticised_for_meeting_someone_the_criticised_met_him(run: Run) -> None:
    doc = run("Ugandan Ambassador Peter Okello criticised Kenyan Defence Minister Amos Kiprono "
              "for sitting down last week in Juba with Sudanese Defence Minister Omar Rahim.")
    met = {frozenset(t[1:]) for t in triples(doc, "MET_WITH")}
    assert met == {frozenset({"Amos Kiprono", "Omar Rahim"})}


def test_an_agreement_two_countries_signed_with_no_relative_word(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono met Ugandan President Peter Okello. He noted that a "
              "defence agreement the two countries signed in 1951 already gave Nairobi ample "
              "room to expand its presence.")
    signed = {(t[1], t[2]) for t in triples(doc, "SIGNED")}
    assert signed == {("Kenya", "defence agreement"), ("Uganda", "defence agreement")}


def test_states_living_under_a_treaty_signed_long_ago_signed_it(run: Run) -> None:
    doc = run("Kenya and Uganda normalised relations under a basic treaty signed in 1965, though "
              "disputes over history have strained ties.")
    signed = dated(doc, "SIGNED")
    assert signed == {("Kenya", "basic treaty", "1965"), ("Uganda", "basic treaty", "1965")}


def test_one_state_acting_under_a_treaty_names_no_signers(run: Run) -> None:
    doc = run("Kenya expelled Ugandan diplomats under a treaty signed in 1965.")
    assert not triples(doc, "SIGNED")


def test_a_separate_agreement_also_signed_has_the_same_two_parties(run: Run) -> None:
    doc = run("Kenya and Uganda on Thursday signed a long-term power agreement. The agreement "
              "was inked by senior officials of the two countries. A separate agreement on "
              "cooperation in fisheries was also signed on the occasion.")
    signed = {(t[1], t[2]) for t in triples(doc, "SIGNED")}
    assert {("Kenya", "agreement on cooperation in fisheries"),
            ("Uganda", "agreement on cooperation in fisheries")} <= signed


def test_a_dated_agreement_regulating_waters_is_named_by_them(run: Run) -> None:
    doc = run("Kenya and Uganda signed a 2012 agreement regulating navigation in the Mara "
              "waterway.")
    names = [e["name"] for e in doc["entities"] if e["type"] == "Accord"]
    assert len(names) == 1
    assert names[0].endswith("agreement regulating navigation in the Mara waterway")


def test_three_agreements_covering_topics_stay_three(run: Run) -> None:
    doc = run("Kenya and Uganda signed three agreements covering energy, fisheries and "
              "security.")
    assert len([e for e in doc["entities"] if e["type"] == "Accord"]) == 3


def test_a_leader_who_signs_a_law_revoking_it_leaves_the_treaty_named_before(run: Run) -> None:
    doc = run("Kenya has formally withdrawn its ratification of the Nile Basin Treaty after "
              "President Amos Kiprono signed a law revoking it.")
    assert ("WITHDREW_FROM", "Amos Kiprono", "Nile Basin Treaty") in triples(doc)


def test_it_with_two_accords_named_before_is_neither(run: Run) -> None:
    doc = run("Kenya discussed the Nile Basin Treaty and the Lake Victoria Accord before "
              "President Amos Kiprono signed a law revoking it.")
    assert not [t for t in triples(doc, "WITHDREW_FROM") if t[1] == "Amos Kiprono"]
