"""Accord names in shapes the parser splits: a list of capitalised topics ('the Treaty of
A, B and C'), a title with 'and' ('the X Sales and Purchase Agreement'), a 'to' clause after
a date or an adverb, 'a letter of intent', an item after 'as well as', a hyphened name of a
work inside a topic, and a topic that stops before a second text. Invented sentences."""

from __future__ import annotations

from typing import Any

from tests.unit.conftest import Run, triples


def _accords(doc: dict[str, Any]) -> set[str]:
    return {e["name"] for e in doc["entities"] if e["type"] == "Accord"}


def test_a_list_of_capitalised_topics_is_one_treaty_name(run: Run) -> None:
    doc = run("Chile suspended the Treaty of Friendship, Good Neighbourliness and "
              "Cooperation, which Chile and Peru signed in Lima in 2002.")
    assert "Treaty of Friendship, Good Neighbourliness and Cooperation" in _accords(doc)


def test_a_list_after_a_treaty_name_that_opens_a_clause_is_no_part_of_it(run: Run) -> None:
    doc = run("Chile signed the Treaty of Lima, Boric and Arce said.")
    assert _accords(doc) == {"Treaty of Lima"}


def test_a_title_with_and_is_one_name(run: Run) -> None:
    doc = run("Peru urged Chile to honour the Gas Sales and Purchase Agreement signed by "
              "the two countries in 2009.")
    signed = {t[2] for t in triples(doc, "SIGNED")}
    assert signed == {"Gas Sales and Purchase Agreement"}


def test_a_to_clause_after_a_date_and_an_adverb_names_the_accord(run: Run) -> None:
    doc = run("Chile and Peru signed an agreement in March 2022 to jointly develop the "
              "Tacna field, which holds gas.")
    assert "agreement to jointly develop the Tacna field" in _accords(doc)


def test_a_to_clause_with_no_topic_leaves_the_date_out(run: Run) -> None:
    doc = run("Chile and Peru signed an agreement on Monday to show their resolve.")
    assert _accords(doc) == {"agreement"}


def test_a_letter_of_intent_is_a_text_signed(run: Run) -> None:
    doc = run("Chile and Peru also signed a letter of intent to extend the railway.")
    assert {t[1] for t in triples(doc, "SIGNED")} == {"Chile", "Peru"}


def test_a_letter_to_a_state_is_no_text(run: Run) -> None:
    doc = run("Chile signed a letter to Peru on Monday.")
    assert not triples(doc, "SIGNED")


def test_an_accord_after_as_well_as_is_signed_too(run: Run) -> None:
    doc = run("Chile and Peru signed a debt agreement worth 200 million euros, as well as "
              "a memorandum of understanding on military training.")
    signed = {t[2] for t in triples(doc, "SIGNED")}
    assert "memorandum of understanding on military training" in signed


def test_a_hyphened_name_of_a_work_stays_in_the_topic(run: Run) -> None:
    doc = run("Chile and Peru signed a memorandum of understanding on the joint feasibility "
              "study of the Arica-Tacna cross-border railway.")
    assert {t[2] for t in triples(doc, "SIGNED")} == {
        "memorandum of understanding on the joint feasibility study of the Arica-Tacna "
        "cross-border railway"}


def test_a_topic_stops_before_a_second_text(run: Run) -> None:
    doc = run("Croatia and Italy signed a memorandum on the joint development of the Adriatic "
              "Sea Power Cable and an intergovernmental agreement on customs procedures.")
    assert "memorandum on the joint development of the Adriatic Sea Power Cable" in _accords(
        doc)
