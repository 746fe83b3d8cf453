"""Session 44 rules, one phenomenon per test, on invented articles. Each rule's test fails
without its rule and each guard's when its condition is removed."""

from __future__ import annotations

from tests.unit.conftest import Run, offices


def test_a_body_after_describing_words_owns_the_title_before_it(run: Run) -> None:
    doc = run("ANKARA - Devlet Bahceli, the chairman of the far-right Nationalist Movement "
              "Party, told lawmakers on Tuesday that the talks should go on.\n")
    assert offices(doc) == {("Devlet Bahceli", "Nationalist Movement Party")}


def test_a_one_word_description_before_a_body_is_read_past(run: Run) -> None:
    doc = run("KHARTOUM - Mohamed Hamdan Dagalo, the commander of the paramilitary Rapid "
              "Support Forces, spoke to reporters on Monday.\n")
    assert offices(doc) == {("Mohamed Hamdan Dagalo", "Rapid Support Forces")}


def test_a_long_description_before_a_body_leaves_the_title_without_it(run: Run) -> None:
    doc = run("KHARTOUM - Mohamed Hamdan Dagalo, the commander of the much feared old "
              "paramilitary Rapid Support Forces, spoke to reporters on Monday.\n")
    assert ("Mohamed Hamdan Dagalo", "Rapid Support Forces") not in offices(doc)


def test_a_rebel_group_known_by_its_acronym_owns_its_negotiators_title(run: Run) -> None:
    doc = run("BOGOTA - The ELN's chief negotiator, Ramon Ortiz, said on Monday that the group "
              "would return to the table.\n")
    assert offices(doc) == {("Ramon Ortiz", "National Liberation Army")}
