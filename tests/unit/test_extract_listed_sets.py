"""Texts set out after 'the accords' (or a 'They' opening the next sentence) are the
members of the set told before: each takes a member's place in order, and a set told as
one gives way to its texts. Invented sentences."""

from __future__ import annotations

from typing import Any

from tests.unit.conftest import Run, triples


def _accords(doc: dict[str, Any]) -> dict[str, list[str]]:
    return {e["name"]: e["aliases"] for e in doc["entities"] if e["type"] == "Accord"}


def test_listed_texts_take_the_places_of_a_split_set(run: Run) -> None:
    doc = run("Chile and Peru signed three agreements on energy, mining and fisheries on "
              "Monday. The accords include a protocol on the Andes power cable, a memorandum "
              "on copper exports, and an agreement on anchovy quotas.")
    signed = {t[2] for t in triples(doc, "SIGNED") if t[1] == "Chile"}
    assert signed == {"protocol on the Andes power cable", "memorandum on copper exports",
                      "agreement on anchovy quotas"}
    assert "agreement on energy" in _accords(doc)["protocol on the Andes power cable"]


def test_listed_texts_replace_a_set_told_as_one(run: Run) -> None:
    doc = run("Chile and Peru signed three agreements on energy and mining on Monday. The "
              "agreements - a memorandum on copper exports, a framework agreement on power "
              "links and a protocol on lithium - were signed by ministers from both "
              "countries.")
    signed = {t[2] for t in triples(doc, "SIGNED") if t[1] == "Peru"}
    assert signed == {"memorandum on copper exports", "framework agreement on power links",
                      "protocol on lithium"}


def test_a_list_after_an_indefinite_plural_is_no_set_of_the_one_before(run: Run) -> None:
    doc = run("Chile and Peru signed three agreements on energy, mining and fisheries on "
              "Monday. Bolivia has signed other accords with Peru, including a memorandum "
              "on copper exports and a protocol on lithium.")
    assert "agreement on energy" in _accords(doc)


def test_they_opening_the_next_sentence_sets_out_the_plural(run: Run) -> None:
    doc = run("Chile and Peru signed three agreements on energy, mining and fisheries on "
              "Monday. They comprise a protocol on the Andes power cable, a memorandum on "
              "copper exports and an agreement on anchovy quotas.")
    signed = {t[2] for t in triples(doc, "SIGNED") if t[1] == "Peru"}
    assert signed == {"protocol on the Andes power cable", "memorandum on copper exports",
                      "agreement on anchovy quotas"}


def test_a_listed_text_that_is_already_a_member_keeps_its_place(run: Run) -> None:
    for order in ("a treaty on trade and a protocol on transit",
                  "a protocol on transit and a treaty on trade"):
        doc = run("India and Nepal signed three agreements on energy, trade and transit. The "
                  f"agreements include a memorandum on power trade, {order}.")
        assert len(_accords(doc)) == 3
