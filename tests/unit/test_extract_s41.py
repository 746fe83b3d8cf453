"""Session 41 rules, one phenomenon per test, on invented articles. Each test fails
without its rule; the guards fail when their guard condition is removed."""

from __future__ import annotations

from typing import Any

from tests.unit.conftest import Run, triples


def pairs(doc: dict[str, Any], rel: str) -> set[tuple[str, str]]:
    """(source, target) of the facts of one relation."""
    return {(s, t) for _, s, t in triples(doc, rel)}


def test_recognising_a_claimant_as_leader_supports_him(run: Run) -> None:
    doc = run("LIMA - Opposition candidate Edmundo Gonzalez claimed victory on Sunday. Chile, "
              "Peru and Uruguay recognised Gonzalez as the elected president of Venezuela on "
              "Tuesday.\n")
    assert {("Chile", "Edmundo Gonzalez"), ("Peru", "Edmundo Gonzalez"),
            ("Uruguay", "Edmundo Gonzalez")} <= pairs(doc, "SUPPORTED")


def test_not_recognising_a_leader_supports_no_one(run: Run) -> None:
    doc = run("LIMA - Opposition candidate Edmundo Gonzalez claimed victory on Sunday. Peru "
              "did not recognise Gonzalez as president, the Peruvian foreign ministry said.\n")
    assert ("Peru", "Edmundo Gonzalez") not in pairs(doc, "SUPPORTED")


def test_coming_to_someones_defence_supports_him(run: Run) -> None:
    doc = run("BRASILIA - Venezuelan President Nicolas Maduro was rebuked at a summit on Tuesday. "
              "Colombian President Gustavo Petro came to Maduro's defence, and Bolivian "
              "President Luis Arce rushed to the defence of Maduro.\n")
    assert {("Gustavo Petro", "Nicolas Maduro"), ("Luis Arce", "Nicolas Maduro")} <= pairs(
        doc, "SUPPORTED")


def test_a_multilateral_deal_between_many_states_is_no_pairwise_agreement(run: Run) -> None:
    doc = run("VIENNA - The 2015 deal between Iran, the United States, China, Russia, Germany, "
              "France and Britain capped enrichment, Iranian Foreign Minister Abbas Araghchi "
              "said on Monday.\n")
    assert not pairs(doc, "AGREED")


def test_a_deal_between_three_states_is_still_their_agreement(run: Run) -> None:
    doc = run("MOSCOW - The ceasefire between Armenia, Azerbaijan and Russia held overnight, the "
              "Kremlin said on Monday.\n")
    assert {frozenset(p) for p in pairs(doc, "AGREED")} == {
        frozenset(("Armenia", "Azerbaijan")), frozenset(("Armenia", "Russia")),
        frozenset(("Azerbaijan", "Russia"))}
