"""What a speaker tells a counterpart ('should', 'would consider'), reaffirmed stands,
demands on a body, and lexicon entries (arrangements, portfolio titles). Invented
sentences, one phenomenon per test."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Run, offices, triples

LEAD = ("Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on "
        "Monday. ")


def test_telling_a_counterpart_that_a_state_should_act_asks_that_state(run: Run) -> None:
    doc = run(LEAD + "Ruto told Museveni that Tanzania should reopen the border.")
    assert triples(doc, "REQUESTED") == {("REQUESTED", "William Ruto", "Tanzania")}


def test_telling_that_ones_own_state_should_act_asks_nobody(run: Run) -> None:
    doc = run(LEAD + "Ruto told Museveni that Kenya should reopen the border.")
    assert not triples(doc, "REQUESTED")


def test_telling_a_counterpart_one_would_consider_is_no_pledge(run: Run) -> None:
    doc = run(LEAD + "Ruto told Museveni he would consider a proposal for joint patrols.")
    assert not triples(doc, "PLEDGED")


def test_telling_a_counterpart_one_will_help_is_still_a_pledge(run: Run) -> None:
    doc = run(LEAD + "Ruto told Museveni that Kenya would help rebuild the road.")
    assert ("PLEDGED", "William Ruto", "Yoweri Museveni") in triples(doc, "PLEDGED")


def test_reaffirming_that_ones_state_stands_by_another_is_the_speakers(run: Run) -> None:
    doc = run("Kenyan Foreign Minister Musalia Mudavadi reaffirmed that Kenya supports "
              "Somalia.")
    assert triples(doc, "SUPPORTED") == {("SUPPORTED", "Musalia Mudavadi", "Somalia")}


def test_demanding_that_a_body_act_asks_the_body(run: Run) -> None:
    doc = run("Hungarian Prime Minister Viktor Orban demanded that the European Union "
              "unfreeze Hungary's funds.")
    assert triples(doc, "REQUESTED") == {
        ("REQUESTED", "Viktor Orban", "European Union")}


def test_reaching_an_arrangement_is_agreeing(run: Run) -> None:
    doc = run("Vietnam and Cambodia reached a provisional arrangement on fishing rights on "
              "Monday.")
    assert {frozenset((s, t)) for _, s, t in triples(doc, "AGREED")} == {
        frozenset(("Vietnam", "Cambodia"))}


def test_a_portfolio_title_names_an_office(run: Run) -> None:
    doc = run("Brazil's Mines and Energy Minister Alexandre Silveira visited Paraguay.")
    assert offices(doc) == {("Alexandre Silveira", "Brazil")}


def test_the_release_of_nationals_held_abroad_asks_the_holder(run: Run) -> None:
    doc = run("Japanese Prime Minister Shigeru Ishiba urged the release of Japanese nationals "
              "detained in China.")
    assert triples(doc, "REQUESTED") == {("REQUESTED", "Shigeru Ishiba", "China")}


def test_summoning_an_envoy_to_demand_an_explanation_asks_his_state(run: Run) -> None:
    doc = run("Polish Foreign Minister Radoslaw Sikorski summoned the Russian ambassador to "
              "demand an explanation.")
    assert ("REQUESTED", "Radoslaw Sikorski", "Russia") in triples(doc, "REQUESTED")


def test_summoning_an_envoy_over_remarks_asks_nothing(run: Run) -> None:
    doc = run("Polish Foreign Minister Radoslaw Sikorski summoned the Russian ambassador over "
              "the remarks.")
    assert not triples(doc, "REQUESTED")


@pytest.mark.parametrize(("text", "state"), [
    ("Duda pressed for Ukraine to be invited to join NATO.", "Ukraine"),
    ("Duda called for Ukraine to be admitted to the European Union.", "Ukraine"),
    ("Duda pushed for Moldova's entry into the European Union.", "Moldova"),
])
def test_urging_that_a_state_be_let_in_backs_it(run: Run, text: str, state: str) -> None:
    doc = run("Polish President Andrzej Duda met Ukrainian President Volodymyr Zelensky in "
              "Warsaw on Monday. " + text)
    assert ("SUPPORTED", "Andrzej Duda", state) in triples(doc, "SUPPORTED")
    assert not triples(doc, "REQUESTED")


def test_calling_for_the_release_of_people_held_abroad_asks_the_holder(run: Run) -> None:
    doc = run("Polish President Andrzej Duda called for the release of Polish citizens held "
              "in Belarus.")
    assert triples(doc, "REQUESTED") == {("REQUESTED", "Andrzej Duda", "Belarus")}
