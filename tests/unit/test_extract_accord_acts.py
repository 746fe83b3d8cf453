"""Who signs or leaves an accord, and what counts as one: companions of the subject,
obligations suspended under a treaty, a deal left 'from which', named partnerships and
typed arrangements, and counted bundles that are no single accord. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.conftest import Run, triples


def _accords(doc: dict[str, Any]) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["type"] == "Accord"}


@pytest.mark.parametrize("text", [
    "Kenya, along with Uganda and Rwanda, signed the Lake Victoria accord in 2010.",
    "Kenya, together with Uganda and Rwanda, signed the Lake Victoria accord in 2010.",
])
def test_named_companions_of_the_subject_act_with_it(run: Run, text: str) -> None:
    signers = {s for _, s, _ in triples(run(text), "SIGNED")}
    assert signers == {"Kenya", "Uganda", "Rwanda"}


def test_unnamed_companions_add_nobody(run: Run) -> None:
    doc = run("Kenya and Uganda held talks in Nairobi. Kenya, together with other "
              "neighbours, signed the Lake Victoria accord in 2010.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} == {"Kenya"}


def test_suspending_obligations_under_a_treaty_is_a_withdrawal(run: Run) -> None:
    doc = run("Chile suspended its commitments under the Treaty on Fishing Quotas in "
              "Antarctica last year.")
    assert triples(doc, "WITHDREW_FROM") == {
        ("WITHDREW_FROM", "Chile", "Treaty on Fishing Quotas in Antarctica")}


def test_a_scheme_called_a_deal_and_left_from_which_is_left(run: Run) -> None:
    doc = run("Exports fell after the end of the Danube Shipping Initiative, the 2021 "
              "UN-brokered deal from which Serbia pulled out in May.")
    assert ("WITHDREW_FROM", "Serbia", "Danube Shipping Initiative") in triples(doc)


def test_a_signed_partnership_is_an_accord(run: Run) -> None:
    doc = run("Samoa and Tonga signed a refreshed Moana Partnership on Friday.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"Moana Partnership"}


@pytest.mark.parametrize(("text", "accord"), [
    ("Chad said it still honours the refugee return arrangement it signed with Sudan.",
     "refugee return arrangement"),
    ("Chad and Sudan signed a provisional arrangement on border patrols.",
     "provisional arrangement on border patrols"),
])
def test_a_typed_arrangement_is_an_accord(run: Run, text: str, accord: str) -> None:
    assert accord in _accords(run(text))


def test_practical_arrangements_are_no_accords(run: Run) -> None:
    doc = run("Officials from Chad and Sudan signed off on security arrangements and "
              "signed the seating arrangement for the summit.")
    assert not _accords(doc)


def test_a_counted_bundle_without_topics_is_one_accord_named_with_its_count(run: Run) -> None:
    bundle = run("Chad and Sudan signed 12 agreements during the visit.")
    topics = run("Chad and Sudan signed three agreements on trade, health and roads.")
    assert {t for _, _, t in triples(bundle, "SIGNED")} == {"12 agreements"}
    assert {t for _, _, t in triples(topics, "SIGNED")} == {
        "agreement on trade", "agreement on health", "agreement on roads"}


def test_both_countries_are_the_pair_that_acted_not_a_pipelines_ends(run: Run) -> None:
    doc = run("Chile and Peru signed a fisheries pact in Lima on Monday. The ministers "
              "discussed damage to the gas pipeline between Bolivia and Argentina. Both "
              "countries suspended their participation in the Andean Water Treaty last year.")
    assert {s for _, s, _ in triples(doc, "WITHDREW_FROM")} == {"Chile", "Peru"}


def test_a_possessive_after_a_comma_does_not_extend_a_list_of_states(run: Run) -> None:
    doc = run("Chile and Peru pledged support for Bolivia, Peru's foreign ministry said. "
              "The two countries then signed a fisheries pact.")
    assert {s for _, s, _ in triples(doc, "SIGNED")} == {"Chile", "Peru"}
