"""Acts named without their doer ('criticised the decision', 'noted the withdrawal with
concern'), subject lists that mix states and a titled leader, reported pledges denied in
the reported clause, and alliances near 'rule'. Invented sentences, one phenomenon each."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Run, triples

WITHDRAWAL = "Mexico withdrew from the Lisbon Fisheries Accord on Monday. "


@pytest.mark.parametrize(("text", "rel"), [
    ("Chile criticised the decision on Tuesday.", "CRITICIZED"),
    ("Chile condemned the withdrawal.", "CRITICIZED"),
    ("Chile welcomed the move.", "SUPPORTED"),
    ("Chile regretted the decision.", "EXPRESSED_CONCERN"),
])
def test_the_decision_belongs_to_whoever_last_took_one(run: Run, text: str, rel: str) -> None:
    doc = run(WITHDRAWAL + text)
    assert (rel, "Chile", "Mexico") in triples(doc, rel)


def test_a_decision_announced_with_decided_is_its_subjects(run: Run) -> None:
    doc = run("Canada decided on Monday to leave the Arctic Shipping Pact. Norway "
              "criticised the decision.")
    assert ("CRITICIZED", "Norway", "Canada") in triples(doc, "CRITICIZED")


def test_a_decision_with_no_earlier_doer_has_no_target(run: Run) -> None:
    doc = run("Officials met in Geneva on Monday. Chile criticised the decision.")
    assert not triples(doc, "CRITICIZED")


def test_a_withdrawal_that_did_not_happen_is_no_antecedent(run: Run) -> None:
    doc = run("Mexico did not withdraw from the Lisbon Fisheries Accord on Monday. Chile "
              "criticised the decision.")
    assert not triples(doc, "CRITICIZED")


@pytest.mark.parametrize("text", [
    "Chile noted the withdrawal with concern.",
    "Chile noted with concern the decision.",
    "Chile viewed the move with alarm.",
])
def test_noting_an_act_with_concern_is_concern_about_its_doer(run: Run, text: str) -> None:
    doc = run(WITHDRAWAL + text)
    assert ("EXPRESSED_CONCERN", "Chile", "Mexico") in triples(doc, "EXPRESSED_CONCERN")


def test_watching_a_situation_with_concern_is_concern_about_the_place(run: Run) -> None:
    doc = run("Egypt is watching the situation in Sudan with concern.")
    assert triples(doc, "EXPRESSED_CONCERN") == {("EXPRESSED_CONCERN", "Egypt", "Sudan")}


@pytest.mark.parametrize("text", [
    "Peru viewed the request from Bolivia with alarm.",
    "Peru noted the Bolivian proposal with concern.",
])
def test_noting_a_thing_with_concern_is_concern_about_whoever_it_is_from(
        run: Run, text: str) -> None:
    doc = run(text)
    assert ("EXPRESSED_CONCERN", "Peru", "Bolivia") in triples(doc, "EXPRESSED_CONCERN")


def test_not_viewing_with_concern_is_no_concern(run: Run) -> None:
    doc = run(WITHDRAWAL + "Chile did not view the move with alarm.")
    assert not triples(doc, "EXPRESSED_CONCERN")


def test_states_listed_before_a_titled_leader_all_act(run: Run) -> None:
    doc = run("Talks ended on Monday. Estonia, Latvia and Lithuanian President Gitanas "
              "Nauseda condemned Belarus on Tuesday.")
    assert {s for _, s, _t in triples(doc, "CRITICIZED")} >= {
        "Estonia", "Latvia", "Gitanas Nauseda"}


def test_a_dateline_before_the_subject_is_still_no_actor(run: Run) -> None:
    doc = run("RIGA, Latvia (AP) - Estonia and Finland condemned Belarus on Tuesday.")
    assert {s for _, s, _t in triples(doc, "CRITICIZED")} == {"Estonia", "Finland"}


def test_a_reported_pledge_denied_in_the_clause_is_no_pledge(run: Run) -> None:
    doc = run("Chilean Foreign Minister Ana Rojas said Chile would not support Peru. "
              "Rojas said Chile would support Bolivia.")
    assert {t for _, _s, t in triples(doc, "SUPPORTED")} == {"Bolivia"}


def test_a_state_called_the_ally_of_a_leader_is_an_ally_of_his_state(run: Run) -> None:
    doc = run("Serbia, a close ally of Russian President Vladimir Putin, abstained.")
    pairs = {frozenset((s, t)) for _, s, t in triples(doc, "ALLY_OF")}
    assert pairs == {frozenset(("Serbia", "Russia"))}


def test_a_leader_called_the_ally_of_a_leader_allies_no_states(run: Run) -> None:
    doc = run("Serbia, led by Aleksandar Vucic, a close ally of Russian President Vladimir "
              "Putin, abstained.")  # (a man's political ally: the annotated sets agree)
    assert not triples(doc, "ALLY_OF")


def test_a_ruling_on_an_alliance_does_not_oppose_it(run: Run) -> None:
    doc = run("The court ruled on the alliance between Kenya and Uganda on Monday.")
    assert {frozenset((s, t)) for _, s, t in triples(doc, "ALLY_OF")} == {
        frozenset(("Kenya", "Uganda"))}


def test_ruling_out_an_alliance_is_no_alliance(run: Run) -> None:
    doc = run("Kenya ruled out an alliance with Uganda on Monday.")
    assert not triples(doc, "ALLY_OF")


def test_denouncing_a_deal_one_did_not_sign_blames_its_signers(run: Run) -> None:
    doc = run("Iran signed a gas deal with Russia on Monday. Georgia denounced the deal.")
    assert {t for _, _s, t in triples(doc, "CRITICIZED")} == {"Iran", "Russia"}
    assert not triples(doc, "WITHDREW_FROM")


def test_a_signer_denouncing_its_deal_withdraws_from_it(run: Run) -> None:
    doc = run("Iran signed a gas deal with Russia on Monday. Russia denounced the deal on "
              "Friday.")
    assert ("WITHDREW_FROM", "Russia", "gas deal") in triples(doc, "WITHDREW_FROM")
    assert not triples(doc, "CRITICIZED")


def test_condemning_the_visit_blames_the_visitor(run: Run) -> None:
    doc = run("Russian Foreign Minister Sergei Lavrov visited the Kuril Islands on Tuesday. "
              "Japan condemned the visit.")
    assert triples(doc, "CRITICIZED") == {("CRITICIZED", "Japan", "Sergei Lavrov")}


def test_a_list_of_leaders_the_parser_splits_in_two_subjects_all_sign(run: Run) -> None:
    doc = run("Talks were held on Monday. Tajik President Emomali Rahmon, Kyrgyz President "
              "Sadyr Japarov and Uzbek President Shavkat Mirziyoyev also adopted the Khujand "
              "Declaration on Monday.")
    assert {s for _, s, _t in triples(doc, "SIGNED")} >= {
        "Emomali Rahmon", "Sadyr Japarov", "Shavkat Mirziyoyev"}
