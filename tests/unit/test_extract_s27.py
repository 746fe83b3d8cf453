"""Session 27 rules, one phenomenon per test: a counted list of accords opened by a comma,
an uncounted plural accord phrase kept as one bundle. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_a_counted_list_after_a_comma_names_each_memorandum(run: Run) -> None:
    doc = run("Kenya and Tanzania signed two memoranda of understanding, on cooperation in "
              "the blue economy and on joint tourism promotion.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "memorandum of understanding on cooperation in the blue economy",
        "memorandum of understanding on joint tourism promotion"}


def test_a_second_on_hung_on_the_first_topic_still_opens_an_item(run: Run) -> None:
    doc = run("Malaysia and Singapore also signed two memoranda of understanding (MoUs), on "
              "cooperation in the green economy and on personal data protection.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "memorandum of understanding on cooperation in the green economy",
        "memorandum of understanding on personal data protection"}


def test_uncounted_memoranda_on_listed_topics_are_one_bundle(run: Run) -> None:
    doc = run("Vietnam and Indonesia signed memoranda of understanding on agriculture and "
              "rural development, digital transformation and halal certification.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "memoranda of understanding on agriculture and rural development, digital "
        "transformation and halal certification"}
