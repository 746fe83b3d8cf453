"""Requests that name the one asked with 'from', calls to a counterpart, visits 'of' a
person, a counterpart named after the name, and a meeting denied 'during' a summit.
Invented sentences, one phenomenon per test."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Run, offices, triples


@pytest.mark.parametrize("text", [
    "Latvian President Edgars Rinkevics requested military aid from Norway.",
    "Latvian President Edgars Rinkevics called for more air defence systems from Norway.",
    "Latvian President Edgars Rinkevics asked for more ammunition from Norway.",
])
def test_what_is_asked_from_a_state_is_a_request_of_it(run: Run, text: str) -> None:
    doc = run(text)
    assert ("REQUESTED", "Edgars Rinkevics", "Norway") in triples(doc, "REQUESTED")


def test_a_withdrawal_from_a_state_does_not_ask_that_state(run: Run) -> None:
    doc = run("Latvian President Edgars Rinkevics called for the withdrawal of Belarusian "
              "troops from Moldova.")
    assert not any(t == "Moldova" for _, _s, t in triples(doc, "REQUESTED"))


def test_called_his_counterpart_by_name_to_discuss_is_a_phone_meeting(run: Run) -> None:
    doc = run("Estonian Foreign Minister Margus Tsahkna called his Finnish counterpart "
              "Elina Valtonen on Sunday to discuss border security.")
    assert {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")} == {
        frozenset(("Margus Tsahkna", "Elina Valtonen"))}
    assert {f["mode"] for f in doc["facts"] if f["rel"] == "MET_WITH"} == {"phone"}


def test_called_a_counterpart_a_liar_is_no_call(run: Run) -> None:
    doc = run("Estonian Foreign Minister Margus Tsahkna called the Russian minister a liar.")
    assert not triples(doc, "MET_WITH")


def test_the_visit_of_a_person_to_a_capital_is_his_visit(run: Run) -> None:
    doc = run("Estonia and Finland signed three agreements during the visit of Estonian "
              "Prime Minister Kristen Michal to Helsinki on Monday.")
    visits = triples(doc, "VISITED")
    assert ("VISITED", "Kristen Michal", "Finland") in visits
    assert not any(s == "Estonia" for _, s, _t in visits)


def test_a_tour_of_places_names_where_not_who(run: Run) -> None:
    doc = run("Estonian Prime Minister Kristen Michal began a tour of Latvia and Lithuania.")
    assert {t for _, _s, t in triples(doc, "VISITED")} >= {"Latvia", "Lithuania"}


def test_his_counterpart_after_a_name_gives_the_office(run: Run) -> None:
    doc = run("The talks were attended by Margus Tsahkna, the Estonian foreign minister, "
              "and Elina Valtonen, his Finnish counterpart.")
    assert offices(doc) >= {("Elina Valtonen", "Finland"), ("Margus Tsahkna", "Estonia")}


def test_did_not_meet_during_a_summit_is_no_meeting(run: Run) -> None:
    doc = run("Estonian Prime Minister Kristen Michal and his Finnish counterpart Petteri "
              "Orpo did not meet during the summit.")
    assert not triples(doc, "MET_WITH")
