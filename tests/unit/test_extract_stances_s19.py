"""Stances toward states named in 'of' and 'from' phrases: summoning "the ambassadors of
A, B and C" protests to each; dismissing "the criticism from Amman" as hypocritical
criticises the critic. Invented sentences."""

from __future__ import annotations

from typing import Any

from tests.unit.conftest import Run, triples

_P = "TBILISI, Oct 16 - Officials met on Monday. "


def criticized(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(s, t) for _, s, t in triples(doc, "CRITICIZED")}


def test_summoning_the_ambassador_of_a_state_protests_to_it(run: Run) -> None:
    doc = run(_P + "Georgia on Wednesday summoned the ambassador of Lithuania to protest "
              "against entry bans.")
    assert criticized(doc) == {("Georgia", "Lithuania")}


def test_summoning_the_ambassadors_of_three_states_protests_to_each(run: Run) -> None:
    doc = run(_P + "Georgia on Wednesday summoned the ambassadors of Lithuania, Latvia and "
              "Estonia to protest against entry bans.")
    assert criticized(doc) == {("Georgia", "Lithuania"), ("Georgia", "Latvia"),
                               ("Georgia", "Estonia")}


def test_one_summoned_ambassador_names_one_state(run: Run) -> None:
    doc = run(_P + "Georgia summoned Lithuania's ambassador over remarks by Latvian and "
              "Estonian officials.")
    assert criticized(doc) == {("Georgia", "Lithuania")}


def test_dismissing_criticism_from_a_state_as_hypocritical_criticises_it(run: Run) -> None:
    doc = run(_P + "Israeli Foreign Minister Gideon Levi dismissed the criticism from Amman "
              "as hypocritical.")
    assert ("Gideon Levi", "Jordan") in criticized(doc)
    doc = run(_P + "Israel rejected the accusations by Jordan as baseless.")
    assert ("Israel", "Jordan") in criticized(doc)


def test_dismissing_criticism_mildly_is_no_criticism(run: Run) -> None:
    doc = run(_P + "Israel noted the criticism from Jordan and promised a reply.")
    assert not criticized(doc)
