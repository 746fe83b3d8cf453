"""Session 43 rules, one phenomenon per test, on invented articles. Each test fails
without its rule; the guards fail when their guard condition is removed."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_between_the_parties_after_an_accords_own_words_is_no_part_of_its_name(
        run: Run) -> None:
    doc = run("NAIROBI - Kenya and Uganda signed a border security protocol between Kenya "
              "and Uganda on Monday. Officials said the protocol would take effect in May.\n")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"border security protocol"}


def test_between_the_parties_after_a_bare_accord_word_stays_in_its_name(run: Run) -> None:
    doc = run("NAIROBI - Kenya and Uganda signed an agreement between Kenya and Uganda on "
              "Monday.\n")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"agreement between Kenya and Uganda"}
