"""Session 39 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way."""

from __future__ import annotations

from datetime import date

from tests.unit.conftest import Run, dated, offices, triples


def test_a_union_commissions_chair_holds_an_office_of_the_union_too(run: Run) -> None:
    doc = run("ADDIS ABABA - African Union Commission chairman Moussa Faki Mahamat welcomed "
              "the truce on Monday. The African Union will send observers.\n")
    assert {("Moussa Faki Mahamat", "African Union Commission"),
            ("Moussa Faki Mahamat", "African Union")} <= offices(doc)


def test_the_european_commissions_president_is_not_read_as_the_unions(run: Run) -> None:
    doc = run("BRUSSELS - European Commission President Ursula von der Leyen said on Monday "
              "that the European Union would help.\n")
    assert offices(doc) >= {("Ursula von der Leyen", "European Commission")}
    assert ("Ursula von der Leyen", "European Union") not in offices(doc)


def test_a_summit_held_somewhere_between_leaders_is_their_meeting(run: Run) -> None:
    doc = run("CAIRO - The ministers discussed the outcome of the summit held in Asmara on "
              "Monday between Egyptian President Abdel Fattah El-Sisi and Eritrean President "
              "Isaias Afwerki.\n")
    met = {frozenset((s, t)) for _, s, t in triples(doc, "MET_WITH")}
    assert frozenset(("Abdel Fattah El-Sisi", "Isaias Afwerki")) in met


def test_a_lead_date_the_ner_joined_to_the_datelines_dates_the_act(run: Run) -> None:
    doc = run("ACCRA, Oct 20 - Last month, Ghanaian President John Mahama met Malian President "
              "Assimi Goita.\n", published=date(2024, 10, 21))
    assert dated(doc, "MET_WITH") == {("John Mahama", "Assimi Goita", "2024-09")}
